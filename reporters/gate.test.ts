/** The gate rules of ./gate.ts on hand-made rows: what is expected, unexpected, an unexpected pass, and what blocks. */
import { expect, test } from '@playwright/test';
import type { Expectation } from '../src/expectations';
import { computeGate, type GateRow } from './gate';
import type { TestOutcome } from './verdict';

const SIG_A = 'ORDER-INVALID-400 | the order_by […] must be rejected with N';
const SIG_B = 'ORDER-INVALID-400 | an order_by of N keys must be rejected with N';

const testOf = (id: string, extra: Partial<TestOutcome> = {}): TestOutcome => ({ title: `${id}: t`, file: 'a.spec.ts', line: 1, status: 'passed', requirements: [id], outcomes: [], durationMs: 1, ...extra });
const pass = (id: string): GateRow => ({ id, verdict: 'PASS', deciding: true, reason: '1 test(s) passed', tests: [testOf(id)], failureSignatures: [] });
const fail = (id: string, ...signatures: string[]): GateRow => ({ id, verdict: 'FAIL', deciding: true, reason: 'failed', tests: [testOf(id, { status: 'failed' })], failureSignatures: signatures });
const gate = (rows: GateRow[], entries: Expectation[], { strict = false, runProblems = [] as string[] } = {}) =>
  computeGate({ rows, expectations: { file: 'team.yaml', entries: entries.map((e) => ({ ...e, from: 'team.yaml' })) }, strict, runProblems });

test('a requirement-level entry expects every failure of its requirement', () => {
  const result = gate([fail('ORDER-INVALID-400', SIG_A, SIG_B), pass('ORDER-DEFAULT')], [{ requirement: 'ORDER-INVALID-400', reason: 'r' }]);
  expect(result).toMatchObject({ result: 'PASSED', reasons: [], unexpectedFailures: [], unexpectedPasses: [] });
  expect(result.expectedFailures.map((f) => f.signature)).toEqual([SIG_A, SIG_B]);
});

test('a signature-level entry expects that failure only: a new failure inside the failing requirement fails the gate', () => {
  const result = gate([fail('ORDER-INVALID-400', SIG_A, SIG_B)], [{ requirement: 'ORDER-INVALID-400', signature: SIG_A, reason: 'r' }]);
  expect(result.result).toBe('FAILED');
  expect(result.unexpectedFailures).toEqual([{ requirement: 'ORDER-INVALID-400', signature: SIG_B }]);
  expect(result.reasons).toEqual([`unexpected failure ${SIG_B}`]);
});

test('a FAIL of a requirement that does not decide the verdict is still a failure the gate compares', () => {
  const upstream = { ...fail('ORDER-MISSING-LAST', 'ORDER-MISSING-LAST | x'), deciding: false };
  expect(gate([upstream], []).unexpectedFailures).toEqual([{ requirement: 'ORDER-MISSING-LAST', signature: 'ORDER-MISSING-LAST | x' }]);
});

test('an expected failure that did not happen is an unexpected pass: reported, a gate failure only when strict', () => {
  const rows = [pass('ORDER-INVALID-400'), fail('VIEW-INVALID-400', 'VIEW-INVALID-400 | other')];
  const entries = [{ requirement: 'ORDER-INVALID-400', reason: 'r' }, { requirement: 'VIEW-INVALID-400', signature: 'VIEW-INVALID-400 | gone', reason: 'r' }, { requirement: 'VIEW-INVALID-400', reason: 'r' }];
  const lenient = gate(rows, entries);
  expect(lenient.result).toBe('PASSED');
  expect(lenient.unexpectedPasses).toEqual([
    { requirement: 'ORDER-INVALID-400', verdict: 'PASS' },
    { requirement: 'VIEW-INVALID-400', signature: 'VIEW-INVALID-400 | gone', verdict: 'FAIL' },
  ]);
  const strict = gate(rows, entries, { strict: true });
  expect(strict.result).toBe('FAILED');
  expect(strict.reasons).toEqual([
    'unexpected pass: ORDER-INVALID-400 PASS, expected to FAIL',
    'unexpected pass: VIEW-INVALID-400 | gone did not happen (VIEW-INVALID-400 FAIL)',
  ]);
});

test('an entry whose requirement was not observed (INCONCLUSIVE, NOT_APPLICABLE, left out) is no unexpected pass', () => {
  const rows: GateRow[] = [{ id: 'ERR-429', verdict: 'NOT_APPLICABLE', deciding: true, reason: 'load not allowed', tests: [], failureSignatures: [] }];
  expect(gate(rows, [{ requirement: 'ERR-429', reason: 'r' }, { requirement: 'ERR-401', reason: 'r' }], { strict: true })).toMatchObject({
    result: 'PASSED',
    unexpectedPasses: [],
    notObserved: [{ requirement: 'ERR-429', verdict: 'NOT_APPLICABLE' }, { requirement: 'ERR-401', verdict: 'absent' }],
  });
});

test('a deciding INCONCLUSIVE fails the gate unless an expected failure blocked it, or none of its tests ran', () => {
  const blocked = (by: string): GateRow => ({
    id: 'ORDER-BY-KEYS',
    verdict: 'INCONCLUSIVE',
    deciding: true,
    reason: '1 test(s) could not observe the behaviour (blocked by ERR-NO-5XX)',
    tests: [testOf('ORDER-BY-KEYS', { status: 'failed', outcomes: [{ kind: 'inconclusive', reason: `blocked by ${by}`, blockedBy: by }] })],
    failureSignatures: [],
  });
  const noTests: GateRow = { id: 'VIEW-ALL', verdict: 'INCONCLUSIVE', deciding: true, reason: 'no test checks this requirement', tests: [], failureSignatures: [] };
  const expected5xx = [{ requirement: 'ERR-NO-5XX', reason: 'r' }];
  expect(gate([blocked('ERR-NO-5XX'), noTests], expected5xx)).toMatchObject({ result: 'PASSED', blocked: [{ requirement: 'ORDER-BY-KEYS' }], unobserved: [] });
  const result = gate([blocked('RESP-SCHEMA')], expected5xx);
  expect(result.unobserved).toEqual([{ requirement: 'ORDER-BY-KEYS', reason: '1 test(s) could not observe the behaviour (blocked by ERR-NO-5XX)' }]);
  expect(result.result).toBe('FAILED');
  expect(gate([{ ...blocked('RESP-SCHEMA'), deciding: false }], expected5xx).result).toBe('PASSED');
});

test("the run's own problems fail the gate: an interrupted or incomplete run proves nothing", () => {
  expect(gate([pass('ORDER-DEFAULT')], [], { runProblems: ['the run was interrupted'] })).toMatchObject({ result: 'FAILED', reasons: ['the run was interrupted'] });
});
