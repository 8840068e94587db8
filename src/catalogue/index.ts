/**
 * The requirement catalogue (openapi/requirements.yaml): every checkable statement once, with
 * the spec text it rests on. Loading it validates it; an invalid catalogue never half-loads.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { parseDataFile } from '../contract';
import { catalogueProblems, REQUIREMENTS_SCHEMA_FILE } from './parse';
import type { Catalogue, Requirement } from './types';

export const CATALOGUE_FILE = path.join(PROJECT_ROOT, 'openapi', 'requirements.yaml');
/** Byte-identical copy of the published spec; quotes are checked against it. */
export const SPEC_FILE = path.join(PROJECT_ROOT, 'openapi', 'spec', 'list-experiment-runs.txt');

/**
 * Loads and checks a catalogue file (by default the project's): the schema, unique ids and
 * verbatim quotes. A bad file throws a DataFileError naming the file and the entry in one line.
 */
export function loadCatalogue(file = CATALOGUE_FILE): Catalogue {
  const bytes = fs.readFileSync(file);
  const specText = fs.readFileSync(SPEC_FILE, 'utf8');
  const { requirements } = parseDataFile<{ requirements: Requirement[] }>(bytes.toString('utf8'), path.resolve(file), REQUIREMENTS_SCHEMA_FILE, (data) =>
    catalogueProblems(data.requirements, specText),
  );
  return { requirements, byId: new Map(requirements.map((r) => [r.id, r])), hash: createHash('sha256').update(bytes).digest('hex') };
}

export { parseCatalogue, REQUIREMENTS_SCHEMA_FILE, type ParseOptions } from './parse';
export { requirementIdsIn } from './titles';
export { appliesTo, type Applicability, type ApplicabilityContext } from './applicability';
export { missingPassages, normaliseWhitespace, quotePassages } from './quotes';
export * from './types';
