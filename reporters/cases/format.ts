/**
 * A case file (reports/cases/<requirement>-<n>.json): one failure, kept so that `npm run replay`
 * can check it again on the same or another target. Two kinds of check:
 *
 * - `response`: a rejection of a bad request (the *-400 requirements, ERR-400-SCHEMA, ERR-404). The
 *   answer depends on the request alone, so replay re-sends the recorded request and compares the
 *   status (and error body) with `expect` — data, not code.
 * - `rerun`: every other check compares the server with the oracle over data the run seeded; run
 *   ids and experiment ids differ per target and per run, so no recorded answer can judge it.
 *   Replay re-runs the test itself with the recorded seed and tier: the same data set, the same
 *   generated cases, the same shrinking.
 *
 * Parsed strictly (openapi/case.schema.json): a malformed case fails loudly instead of replaying
 * something else. The types below are the schema's, written out; the unit tests keep them in step.
 */
import { join } from 'node:path';
import { PROJECT_ROOT, type AuthKind, type Mode, type Profile, type Tier } from '../../src/config';
import { loadDataFile, parseDataFile, type DataProblem } from '../../src/contract';

export const CASE_FORMAT = 'runs-search-conformance/case@1';

export interface CaseRequest {
  /** An MLflow endpoint under the profile's base path, e.g. "runs/search"; or … */
  endpoint?: string;
  /** … a path under TARGET_URL, when the request went elsewhere (an unknown platform id). */
  path?: string;
  method: string;
  /** Redacted, without credentials and opc-request-id (replay sends fresh ones). */
  headers: Record<string, string>;
  body?: string;
  /** The answer when the case was recorded (redacted, body truncated). */
  recorded?: { status: number; body: string } | { error: string };
}

import type { ResponseExpectation } from '../../src/outcome';
export type { ResponseExpectation } from '../../src/outcome';

export type CaseCheck =
  | { kind: 'response'; /** Index into requests. */ request: number; expect: ResponseExpectation }
  | { kind: 'rerun'; /** `file:line` of the test. */ location: string; /** Matches the test's title only. */ grep: string };

export interface CaseFile {
  format: typeof CASE_FORMAT;
  requirement: string;
  test: { title: string; file: string; line: number };
  /** The failure as reported, up to the replay lines. */
  failure: string;
  recorded: {
    suiteVersion: string;
    catalogueHash: string;
    seed: number;
    tier: Tier;
    mode: Mode;
    profile: Profile;
    /** null: the embedded reference server, gone with its run; replay starts a fresh one. */
    targetUrl: string | null;
    platformId: string;
    workspaceKey: string;
    auth: AuthKind;
  };
  counterexample?: { value: string; path: string; numShrinks: number };
  requests: CaseRequest[];
  check: CaseCheck;
  /** The test re-run by hand (the target and credentials come from TARGET_*). */
  rerun: string;
}

export const CASE_SCHEMA_FILE = join(PROJECT_ROOT, 'openapi', 'case.schema.json');

/**
 * Checks case-file text against openapi/case.schema.json, then two cross-field rules in code;
 * a bad case throws a one-line DataFileError (`name` stands for the file in it).
 */
export function parseCase(text: string, name = 'case.json'): CaseFile {
  return parseDataFile<CaseFile>(text, name, CASE_SCHEMA_FILE, crossFieldProblems);
}

/** Reads and checks a case file (see parseCase). */
export function loadCase(file: string): CaseFile {
  return loadDataFile<CaseFile>(file, CASE_SCHEMA_FILE, crossFieldProblems);
}

/**
 * A request index must be below the number of requests (JSON Schema cannot compare the two), and
 * a request names exactly one of endpoint and path (a schema oneOf could, but Ajv would report it
 * as "must match exactly one schema in oneOf" after a misleading "endpoint is required").
 */
function crossFieldProblems(kase: CaseFile): DataProblem[] {
  const problems: DataProblem[] = kase.requests.flatMap((r, i) =>
    (r.endpoint === undefined) === (r.path === undefined) ? [{ entry: `/requests/${i}`, problem: 'needs exactly one of endpoint and path' }] : [],
  );
  if (kase.check.kind === 'response' && kase.check.request >= kase.requests.length) {
    problems.push({ entry: '/check/request', problem: `points at request ${kase.check.request}; the case has ${kase.requests.length}` });
  }
  return problems;
}
