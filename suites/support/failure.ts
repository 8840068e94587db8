/**
 * A check's failure says what was required, what was received and what was expected, in that
 * order, so a reader needs nothing else to judge it (the replay is appended by the property runner).
 */
export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
  constructor(requirement: string, summary: string, details: { received?: unknown; expected?: unknown } = {}) {
    const lines = [`${requirement}: ${summary}`];
    if ('received' in details) lines.push(`Received: ${show(details.received)}`);
    if ('expected' in details) lines.push(`Expected: ${show(details.expected)}`);
    super(lines.join('\n'));
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
  return text === undefined ? String(value) : text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

export function check(condition: boolean, requirement: string, summary: string, details?: { received?: unknown; expected?: unknown }): asserts condition {
  if (!condition) throw new ConformanceFailure(requirement, summary, details);
}

/** Same elements, same order. */
export function checkSameSequence(received: readonly string[], expected: readonly string[], requirement: string, summary: string): void {
  const same = received.length === expected.length && received.every((id, i) => id === expected[i]);
  check(same, requirement, summary, { received, expected });
}

/** Same elements, any order, no duplicates. */
export function checkSameSet(received: readonly string[], expected: readonly string[], requirement: string, summary: string): void {
  const want = new Set(expected);
  const got = new Set(received);
  const missing = expected.filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  const duplicated = received.length !== got.size;
  check(missing.length === 0 && extra.length === 0 && !duplicated, requirement, summary, {
    received: { runs: received.length, missing, extra, duplicated },
    expected: { runs: expected.length },
  });
}

/**
 * A valid request must get 200 before its page means anything: without this, an error answer
 * would be read as an empty page and reported as missing runs.
 */
export function checkOk(response: { status: number; text: string }, requirement: string, request: string): void {
  check(response.status === 200, requirement, `${request} is valid and must be answered with 200`, {
    received: `${response.status} ${response.text.slice(0, 300)}`,
  });
}
