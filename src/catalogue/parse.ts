import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020';
import { parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../config';
import { dataValidator, type DataProblem } from '../contract';
import { missingPassages } from './quotes';
import type { Catalogue, Requirement } from './types';

export const REQUIREMENTS_SCHEMA_FILE = path.join(PROJECT_ROOT, 'openapi', 'requirements.schema.json');

export interface ParseOptions {
  /** The spec text; when given, every quote must occur in it verbatim. */
  specText?: string;
}

/**
 * Parses and checks catalogue text: YAML syntax, the JSON Schema, unique ids and, given the spec,
 * verbatim quotes. Throws one Error listing every problem found, each entry named by index and id.
 * For catalogue text in hand; a catalogue file is loaded with loadCatalogue, which stops with one
 * line naming the file and the entry.
 */
export function parseCatalogue(text: string, options: ParseOptions = {}): Catalogue {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) fail(doc.errors.map((e) => `YAML: ${e.message}`));

  const data: unknown = doc.toJS();
  const entries = entriesOf(data);
  const validate = dataValidator(REQUIREMENTS_SCHEMA_FILE);
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? [], entries);
  problems.push(...duplicateIdProblems(entries));
  if (problems.length === 0 && options.specText !== undefined) {
    problems.push(...quoteProblems(entries as Requirement[], options.specText));
  }
  if (problems.length > 0) fail(problems);

  const requirements = entries as Requirement[];
  return {
    requirements,
    byId: new Map(requirements.map((r) => [r.id, r])),
    hash: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

function fail(problems: string[]): never {
  throw new Error(`Invalid requirement catalogue (${problems.length} problem(s)):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

function entriesOf(data: unknown): unknown[] {
  const list = (data as { requirements?: unknown } | null)?.requirements;
  return Array.isArray(list) ? list : [];
}

/** "requirements[3] (FILTER-AND)" for an entry with a readable id. */
function entryLabel(entries: unknown[], index: number): string {
  const id = (entries[index] as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `requirements[${index}] (${id})` : `requirements[${index}]`;
}

function schemaProblems(errors: ErrorObject[], entries: unknown[]): string[] {
  const problems = new Set<string>();
  for (const error of errors) {
    // An if/then failure is reported again by the keyword that failed inside "then".
    if (error.keyword === 'if') continue;
    const [, index, ...field] = error.instancePath.split('/').slice(1);
    const where =
      error.instancePath.startsWith('/requirements/') && index !== undefined
        ? [entryLabel(entries, Number(index)), ...field].join('.')
        : error.instancePath || 'catalogue';
    problems.add(`${where}: ${describe(error)}`);
  }
  return [...problems];
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'false schema':
      return 'is not allowed here';
    case 'const':
      return `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties':
      return `unknown field '${(error.params as { additionalProperty: string }).additionalProperty}'`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * What the schema cannot say about schema-valid entries, as problems of the file: an id used
 * twice and, given the spec, a quote that is not verbatim in it.
 */
export function catalogueProblems(requirements: Requirement[], specText?: string): DataProblem[] {
  return [
    ...duplicateIds(requirements).map(({ index, first }) => ({ entry: `/requirements/${index}/id`, problem: `repeats the id of /requirements/${first}` })),
    ...(specText === undefined ? [] : quoteMisses(requirements, specText)).map(({ index, passage }) => ({
      entry: `/requirements/${index}/quote`,
      problem: `is not verbatim in the spec: "${passage}"`,
    })),
  ];
}

function duplicateIds(entries: unknown[]): { index: number; first: number; id: string }[] {
  const seen = new Map<string, number>();
  const duplicates: { index: number; first: number; id: string }[] = [];
  entries.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else duplicates.push({ index, first, id });
  });
  return duplicates;
}

function quoteMisses(requirements: Requirement[], specText: string): { index: number; id: string; passage: string }[] {
  return requirements.flatMap((req, index) => missingPassages(req.quote, specText).map((passage) => ({ index, id: req.id, passage })));
}

function duplicateIdProblems(entries: unknown[]): string[] {
  return duplicateIds(entries).map(({ index, first, id }) => `requirements[${index}] (${id}): duplicate id, first at requirements[${first}]`);
}

function quoteProblems(requirements: Requirement[], specText: string): string[] {
  return quoteMisses(requirements, specText).map(({ id, passage }) => `${id}.quote: not verbatim in the spec: "${passage}"`);
}
