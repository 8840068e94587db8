/**
 * The data files the project reads (the requirement catalogue, case files, expectation files,
 * the equivalent mutants), each checked against its JSON Schema in openapi/ by one
 * Ajv built with the project's one setup (./ajv.ts). A bad file stops with a DataFileError whose
 * message is one line: the file, the entry (a JSON Pointer into it) and what is wrong with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Ajv2020 from 'ajv/dist/2020';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { LineCounter, parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../config';
import { createAjv } from './ajv';

/** Messages name files as a reader finds them: from the project root. */
const SCHEMA_SUFFIX = '.schema.json';

/** One thing wrong with a data file: where (a JSON Pointer; '' the whole file, or a YAML line) and what. */
export interface DataProblem {
  entry: string;
  problem: string;
}

/** A checked data file that does not hold; `problems` has every problem, the message the first. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly DataProblem[],
  ) {
    super(oneLine(file, problems));
  }
}

function oneLine(file: string, problems: readonly DataProblem[]): string {
  const [first = { entry: '', problem: 'is invalid' }, ...rest] = problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${shownName(file)}: ${first.entry || '(root)'} ${first.problem}${more}`.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** An absolute path under the project root as a relative one; anything else as given. */
function shownName(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

let ajv: Ajv2020 | undefined;
/** Schema file (absolute) → its $id, for every schema registered. */
const registered = new Map<string, string>();

/**
 * The compiled validator of a data schema. Every *.schema.json beside it is registered first, so
 * the schemas refer to each other by $id (a requirement id is defined once, in the catalogue's).
 */
export function dataValidator(schemaFile: string): ValidateFunction {
  const file = path.resolve(schemaFile);
  ajv ??= createAjv();
  if (!registered.has(file)) {
    const dir = path.dirname(file);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(SCHEMA_SUFFIX))) register(ajv, path.join(dir, name));
  }
  const id = registered.get(file);
  if (id === undefined) throw new Error(`${shownName(file)}: a data schema must be a *${SCHEMA_SUFFIX} file`);
  // getSchema compiles once and caches; strict mode makes a bad schema throw here.
  return ajv.getSchema(id)!;
}

function register(into: Ajv2020, file: string): void {
  if (registered.has(file)) return;
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as AnySchemaObject;
  if (typeof schema.$id !== 'string') throw new Error(`${shownName(file)}: a data schema needs an $id`);
  into.addSchema(schema);
  registered.set(file, schema.$id);
}

/**
 * Checks text as the data file `file` (JSON when it ends in .json, else YAML): the syntax, the
 * schema, then `check` (what a schema cannot say: unique keys, cross-field rules) on the valid data.
 */
export function parseDataFile<T>(text: string, file: string, schemaFile: string, check?: (data: T) => DataProblem[]): T {
  const data = parseText(text, file);
  const validate = dataValidator(schemaFile);
  if (!validate(data)) throw new DataFileError(file, schemaProblems(validate.errors));
  const problems = check?.(data as T) ?? [];
  if (problems.length > 0) throw new DataFileError(file, problems);
  return data as T;
}

/** Reads and checks a data file (see parseDataFile); an unreadable file is a DataFileError too. */
export function loadDataFile<T>(file: string, schemaFile: string, check?: (data: T) => DataProblem[]): T {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new DataFileError(absolute, [{ entry: '', problem: `cannot be read (${(error as Error).message})` }]);
  }
  return parseDataFile(text, absolute, schemaFile, check);
}

function parseText(text: string, file: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new DataFileError(file, [{ entry: '', problem: `is not JSON (${(error as Error).message})` }]);
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  // The first syntax error only: the ones after it are mostly its echoes.
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    throw new DataFileError(file, [{ entry: `line ${line}, column ${col}`, problem: `is not YAML (${error.message})` }]);
  }
  return doc.toJS();
}

/** Ajv's errors as problems, each at the entry it is about (a missing or unknown field included). */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined): DataProblem[] {
  const problems = new Map<string, DataProblem>();
  for (const error of errors ?? []) {
    // Reported again, more precisely, by the keyword that failed inside "then" / by the name's own keyword.
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const problem = problemOf(error);
    problems.set(`${problem.entry} ${problem.problem}`, problem);
  }
  return [...problems.values()];
}

function problemOf(error: ErrorObject): DataProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const field = (name: unknown): string => `${at}/${String(name).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  if (error.propertyName !== undefined) return { entry: field(error.propertyName), problem: `is not an allowed key: its name ${error.message ?? "is invalid"}` };
  switch (error.keyword) {
    case 'required':
      return { entry: field(params.missingProperty), problem: 'is required' };
    case 'additionalProperties':
      return { entry: field(params.additionalProperty), problem: 'is an unknown field' };
    case 'false schema':
      return { entry: at, problem: 'is not allowed here' };
    case 'const':
      return { entry: at, problem: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return { entry: at, problem: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { entry: at, problem: error.message ?? `fails ${error.keyword}` };
  }
}
