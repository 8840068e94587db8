/**
 * The contract every runs/search response must meet, by status code: a 200 carries an
 * ExperimentRunCollection, every other status the profile's Error body. Values are validated
 * after a lossless parse (bigints as numbers), so int64 range checks still apply.
 * The project's data files are checked here too, by the same Ajv setup (./data-files.ts).
 */
import { withPlainNumbers } from '../json';
import type { Profile } from '../config';
import { formatErrors, validatorFor } from './validators';

export { componentSchemas, formatErrors, validatorFor } from './validators';
export { DataFileError, dataValidator, loadDataFile, parseDataFile, schemaProblems, type DataProblem } from './data-files';
export * from './page';

export interface ResponseLike {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

/** The schema a response with this status must match: 200 the collection, anything else Error. */
export function schemaForStatus(status: number): 'ExperimentRunCollection' | 'Error' {
  return status === 200 ? 'ExperimentRunCollection' : 'Error';
}

/** Problems with the body of a runs/search response; an empty list means it meets the contract. */
export function checkSearchResponse(profile: Profile, response: ResponseLike): string[] {
  const schema = schemaForStatus(response.status);
  if (response.json === undefined) {
    return [`HTTP ${response.status}: the body is not JSON (expected ${schema}): ${JSON.stringify(response.text.slice(0, 200))}`];
  }
  const validate = validatorFor(profile, schema);
  if (validate(withPlainNumbers(response.json))) return [];
  return formatErrors(validate.errors).map((e) => `HTTP ${response.status} ${schema}: ${e}`);
}

/** One way a runs/search answer breaks the contract, and the requirement it fails. */
export interface ContractFinding {
  requirement: string;
  violation: string;
  /** The violation without its values (array positions, quoted text): the failure's signature. */
  shape: string;
  received: string;
}

/**
 * The requirement whose contract an answer of this status breaks: a 200 body RESP-SCHEMA (or
 * RESP-RUNS-REQUIRED for a missing `runs`), an error body the requirement of its status.
 */
export function contractRequirement(status: number, violation: string): string {
  if (status === 200) return /must have required property 'runs'/.test(violation) && violation.includes('(root)') ? 'RESP-RUNS-REQUIRED' : 'RESP-SCHEMA';
  if (status === 400) return 'ERR-400-SCHEMA';
  if (status === 401) return 'ERR-401';
  if (status === 404) return 'ERR-404-EXPERIMENT';
  if (status === 429) return 'ERR-429';
  return 'ERR-5XX-SCHEMA';
}

/** Every contract violation of a runs/search answer, each with the requirement it fails. */
export function contractFindings(profile: Profile, response: ResponseLike): ContractFinding[] {
  return checkSearchResponse(profile, response).map((violation) => ({
    requirement: contractRequirement(response.status, violation),
    violation,
    shape: violationShape(violation),
    received: response.text.slice(0, 300),
  }));
}

/** "HTTP 200 ExperimentRunCollection: /runs/3/info/status must be …" without positions or quoted values. */
export function violationShape(violation: string): string {
  return violation
    .replace(/^HTTP \d+:? ?/, '')
    .replace(/\/\d+(?=\/|\s)/g, '/*')
    .replace(/: ".*$/, ': (body)')
    .replace(/\(schema [^)]*\)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the media type is application/json (parameters such as charset allowed). */
export function isJsonContentType(value: string | undefined): boolean {
  return !!value && /^application\/json\s*(;|$)/i.test(value.trim());
}
export * from './profiles';
