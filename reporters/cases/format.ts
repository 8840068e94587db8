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
 * Parsed strictly: a malformed case fails loudly instead of replaying something else.
 */
import type { AuthKind, Mode, Profile, Tier } from '../../src/config';

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

export class CaseError extends Error {
  override name = 'CaseError';
}

type Guard = (value: unknown, at: string) => void;

const fail = (at: string, what: string): never => {
  throw new CaseError(`${at}: ${what}`);
};
const str: Guard = (v, at) => (typeof v === 'string' ? undefined : fail(at, 'must be a string'));
const int: Guard = (v, at) => (Number.isInteger(v) ? undefined : fail(at, 'must be an integer'));
const oneOf = (...allowed: unknown[]): Guard => (v, at) => (allowed.includes(v) ? undefined : fail(at, `must be one of ${allowed.join(', ')}`));
const optional = (guard: Guard): Guard => (v, at) => (v === undefined ? undefined : guard(v, at));
const nullable = (guard: Guard): Guard => (v, at) => (v === null ? undefined : guard(v, at));
const stringMap: Guard = (v, at) => {
  object({}, true)(v, at);
  for (const [k, x] of Object.entries(v as object)) str(x, `${at}.${k}`);
};
const array = (guard: Guard, min = 0): Guard => (v, at) => {
  if (!Array.isArray(v)) return fail(at, 'must be an array');
  if (v.length < min) fail(at, `must hold at least ${min} item(s)`);
  v.forEach((x, i) => guard(x, `${at}[${i}]`));
};
function object(shape: Record<string, Guard>, open = false): Guard {
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'must be an object');
    for (const [k, guard] of Object.entries(shape)) guard((v as Record<string, unknown>)[k], `${at}.${k}`);
    if (!open) for (const k of Object.keys(v)) if (!(k in shape)) fail(`${at}.${k}`, 'unknown field');
  };
}

const request: Guard = (v, at) => {
  object({
    endpoint: optional(str),
    path: optional(str),
    method: str,
    headers: stringMap,
    body: optional(str),
    recorded: optional(object({ status: optional(int), body: optional(str), error: optional(str) })),
  })(v, at);
  const r = v as CaseRequest;
  if ((r.endpoint === undefined) === (r.path === undefined)) fail(at, 'needs exactly one of endpoint and path');
};

const check: Guard = (v, at) => {
  object({ kind: oneOf('response', 'rerun') }, true)(v, at);
  if ((v as CaseCheck).kind === 'response') {
    object({ kind: str, request: int, expect: object({ status: array(int, 1), errorBody: optional(oneOf(true, false)) }) })(v, at);
  } else {
    object({ kind: str, location: str, grep: str })(v, at);
  }
};

const caseFile: Guard = object({
  format: oneOf(CASE_FORMAT),
  requirement: str,
  test: object({ title: str, file: str, line: int }),
  failure: str,
  recorded: object({
    suiteVersion: str,
    catalogueHash: str,
    seed: int,
    tier: oneOf('smoke', 'standard', 'full'),
    mode: oneOf('seed', 'readonly'),
    profile: oneOf('oci', 'mlflow'),
    targetUrl: nullable(str),
    platformId: str,
    workspaceKey: str,
    auth: oneOf('none', 'bearer', 'basic', 'oci'),
  }),
  counterexample: optional(object({ value: str, path: str, numShrinks: int })),
  requests: array(request),
  check,
  rerun: str,
});

export function parseCase(text: string): CaseFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CaseError(`not JSON: ${(error as Error).message}`);
  }
  caseFile(value, 'case');
  const parsed = value as CaseFile;
  if (parsed.check.kind === 'response' && !parsed.requests[parsed.check.request])
    throw new CaseError(`case.check.request: no request ${parsed.check.request}`);
  return parsed;
}
