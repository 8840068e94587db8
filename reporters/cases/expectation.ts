/**
 * Which failed checks a single response can judge again, and the judgement. Only rejections of
 * bad requests qualify: their answer does not depend on the data the run seeded (and deleted).
 */
import { parseJson } from '../../src/client/json';
import type { Profile } from '../../src/config';
import { checkSearchResponse } from '../../src/contract';
import type { ResponseExpectation } from './format';

/** The expectation of a requirement, when one response decides it; undefined for the oracle's checks. */
export function responseExpectation(requirement: string): ResponseExpectation | undefined {
  if (requirement === 'ERR-400-SCHEMA') return { status: [400], errorBody: true };
  if (requirement === 'ERR-404') return { status: [404], errorBody: true };
  if (/-400$/.test(requirement)) return { status: [400] };
  return undefined;
}

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
