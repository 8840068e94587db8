/**
 * The requirement catalogue (openapi/requirements.yaml): every checkable statement once, with
 * the spec text it rests on. Loading it validates it; an invalid catalogue never half-loads.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { parseCatalogue } from './parse';
import type { Catalogue } from './types';

export const CATALOGUE_FILE = path.join(PROJECT_ROOT, 'openapi', 'requirements.yaml');
/** Byte-identical copy of the published spec; quotes are checked against it. */
export const SPEC_FILE = path.join(PROJECT_ROOT, 'openapi', 'spec', 'list-experiment-runs.txt');

export function loadCatalogue(): Catalogue {
  const bytes = fs.readFileSync(CATALOGUE_FILE);
  const catalogue = parseCatalogue(bytes.toString('utf8'), { specText: fs.readFileSync(SPEC_FILE, 'utf8') });
  return { ...catalogue, hash: createHash('sha256').update(bytes).digest('hex') };
}

export { parseCatalogue, type ParseOptions } from './parse';
export { requirementIdsIn } from './titles';
export { appliesTo, type Applicability, type ApplicabilityContext } from './applicability';
export { missingPassages, normaliseWhitespace, quotePassages } from './quotes';
export * from './types';
