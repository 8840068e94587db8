/**
 * Judging one answer again against what a failed check required of it (the failure's `response`
 * expectation): only checks one answer decides carry one, such as rejections of bad requests,
 * whose answer does not depend on the data the run seeded (and deleted).
 */
import { parseJson } from '../../src/json';
import type { Profile } from '../../src/config';
import { checkSearchResponse } from '../../src/contract';
import type { ResponseExpectation } from './format';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Empty when the answer meets the expectation; otherwise what differs, one line each. */
export function differences(expect: ResponseExpectation, answer: Answer, profile: Profile): string[] {
  if (!expect.status.includes(answer.status)) {
    return [`status: expected ${expect.status.join(' or ')}, received ${answer.status} ${answer.text.slice(0, 300)}`];
  }
  if (!expect.errorBody) return [];
  let json: unknown;
  try {
    json = answer.text.trim() === '' ? undefined : parseJson(answer.text);
  } catch {
    json = undefined;
  }
  return checkSearchResponse(profile, { ...answer, json }).map((violation) => `error body: ${violation}`);
}
