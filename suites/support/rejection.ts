/** Checks for requests the spec says are bad: "400 Response: Bad Request (invalid query parameters, …)". */
import type { ApiResponse } from '../../src/client';
import { checkSearchResponse } from '../../src/contract';
import type { Profile } from '../../src/config';
import { check, judgedRequirement } from './failure';

/** Exactly 400: not a 5xx, not a 200 that silently ignored the bad field, not another 4xx. */
export function checkStatus400(response: ApiResponse, what: string): void;
export function checkStatus400(response: ApiResponse, requirement: string, what: string): void;
export function checkStatus400(response: ApiResponse, ...args: [string] | [string, string]): void {
  const [requirement, [what]] = judgedRequirement<[string]>(args);
  check(response.status === 400, requirement, `${what} must be rejected with 400`, {
    check: `status 400 (got ${response.status})`,
    received: `${response.status} ${response.text.slice(0, 300)}`,
    expected: 400,
    response: { status: [400] },
  });
}

/** The error body of the profile: {code, message} (oci) or {error_code, message} (mlflow). */
export function checkErrorBody(response: ApiResponse, profile: Profile, what: string): void;
export function checkErrorBody(response: ApiResponse, profile: Profile, requirement: string, what: string): void;
export function checkErrorBody(response: ApiResponse, profile: Profile, ...args: [string] | [string, string]): void {
  const [requirement, [what]] = judgedRequirement<[string]>(args);
  const violations = checkSearchResponse(profile, response);
  check(violations.length === 0, requirement, `the HTTP ${response.status} for ${what} must carry the ${profile} error body`, {
    check: 'error body',
    received: violations.concat(response.text.slice(0, 300)),
    response: { status: [response.status], errorBody: true },
  });
}
