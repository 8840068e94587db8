/**
 * The checks' outcomes: which requirement a failure is recorded against (the test's own unless a
 * check names another), its check name and signature, and what checkOk makes of a refused request.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { beginRecording, CheckFailed, duringTrials, endRecording, Inconclusive, type Outcome } from '../../src/outcome';
import { check, checkOk, checkSameSequence, checkSameSet, firstDifference, partingRuns } from './failure';

/** What fn throws (undefined: nothing) and what the test recorded meanwhile, in a test declaring `declared`. */
function recorded(declared: string[], fn: () => void): { error: unknown; outcomes: Outcome[] } {
  beginRecording(declared);
  let error: unknown;
  try {
    fn();
  } catch (thrown) {
    error = thrown;
  }
  return { error, outcomes: endRecording() };
}
const failures = (outcomes: Outcome[]) => outcomes.flatMap((o) => (o.kind === 'failure' ? [{ requirement: o.requirement, check: o.check, signature: o.signature }] : []));

test.describe('check', () => {
  test("a check that holds records nothing; one that fails records the test's own requirement and ends the test", () => {
    expect(recorded(['ORDER-DEFAULT'], () => check(true, 'fine'))).toEqual({ error: undefined, outcomes: [] });
    const { error, outcomes } = recorded(['ORDER-DEFAULT'], () => check(false, 'runs ordered by ["metrics.m DESC"] at position 3', { received: 1, expected: 2 }));
    expect(error).toBeInstanceOf(CheckFailed);
    expect((error as Error).message).toBe('ORDER-DEFAULT: runs ordered by ["metrics.m DESC"] at position 3\nReceived: 1\nExpected: 2');
    expect(failures(outcomes)).toEqual([{ requirement: 'ORDER-DEFAULT', check: 'runs ordered by […] at position N', signature: 'ORDER-DEFAULT | runs ordered by […] at position N' }]);
    expect(outcomes[0]).toMatchObject({ summary: 'runs ordered by ["metrics.m DESC"] at position 3', received: 1, expected: 2 });
  });

  test('a check that names another requirement is recorded against it, with its own check name and response expectation', () => {
    const { outcomes } = recorded(['PAGE-EXHAUSTION'], () => check(false, 'RESP-SCHEMA', 'a plain search must be answered', { check: 'status', response: { status: [200] } }));
    expect(failures(outcomes)).toEqual([{ requirement: 'RESP-SCHEMA', check: 'status', signature: 'RESP-SCHEMA | status' }]);
    expect(outcomes[0]).toMatchObject({ response: { status: [200] } });
  });

  test('the named and the unnamed form of one check record the same outcome (so signatures do not change)', () => {
    const named = recorded(['VIEW-ALL'], () => check(false, 'VIEW-ALL', 'ALL = ACTIVE_ONLY ⊎ DELETED_ONLY', { received: 3 }));
    const own = recorded(['VIEW-ALL'], () => check(false, 'ALL = ACTIVE_ONLY ⊎ DELETED_ONLY', { received: 3 }));
    expect(own.outcomes).toEqual(named.outcomes);
    expect((own.error as Error).message).toBe((named.error as Error).message);
  });

  test('an unnamed check in a test of several requirements, or of none, is a mistake of the suite even when it holds', () => {
    for (const declared of [['FILTER-AND', 'FILTER-LIKE'], []]) {
      const { error, outcomes } = recorded(declared, () => check(true, 'fine'));
      expect(error).not.toBeInstanceOf(CheckFailed);
      expect((error as Error).message).toContain('name the one it judges');
      expect(outcomes).toEqual([]);
    }
    expect(recorded(['FILTER-AND', 'FILTER-LIKE'], () => check(false, 'FILTER-LIKE', 'x')).outcomes).toHaveLength(1);
  });

  test("during a property's trials a failed check ends the trial but is not recorded (the replay records it)", async () => {
    beginRecording(['PAGE-MAX-RESULTS']);
    await expect(duringTrials(async () => check(false, 'too many runs'))).rejects.toBeInstanceOf(CheckFailed);
    expect(endRecording()).toEqual([]);
  });
});

test.describe('sequences and sets', () => {
  const show = (ids: readonly string[]) => ids.map((id) => ({ run: id }));

  test('firstDifference and partingRuns: where two sequences part, and the two runs there', () => {
    expect(firstDifference(['a', 'b', 'c'], ['a', 'c', 'b'])).toBe(1);
    expect(firstDifference(['a', 'b'], ['a', 'b', 'c'])).toBe(2);
    expect(firstDifference(['a'], ['a'])).toBe(1);
    expect(partingRuns(['a', 'b', 'c'], ['a', 'c', 'b'], show)).toEqual([{ run: 'b' }, { run: 'c' }]);
    expect(partingRuns(['a'], ['a', 'z'], show)).toEqual([{ run: 'z' }]);
  });

  test('checkSameSequence: one check name ("sequence") whatever the sequences, the position in the summary', () => {
    expect(recorded(['ORDER-BY-KEYS'], () => checkSameSequence(['a', 'b'], ['a', 'b'], 'same')).outcomes).toEqual([]);
    const { outcomes } = recorded(['ORDER-BY-KEYS'], () => checkSameSequence(['a', 'c', 'b'], ['a', 'b', 'c'], 'runs by key', show));
    expect(failures(outcomes)).toEqual([{ requirement: 'ORDER-BY-KEYS', check: 'sequence', signature: 'ORDER-BY-KEYS | sequence' }]);
    expect(outcomes[0]).toMatchObject({ summary: 'runs by key (first difference at position 1)', received: ['a', 'c', 'b'], expected: ['a', 'b', 'c'], runs: [{ run: 'c' }, { run: 'b' }] });
    const named = recorded(['ORDER-BY-KEYS'], () => checkSameSequence(['b'], ['a'], 'ORDER-DEFAULT', 'runs'));
    expect(failures(named.outcomes)).toEqual([{ requirement: 'ORDER-DEFAULT', check: 'sequence', signature: 'ORDER-DEFAULT | sequence' }]);
  });

  test('checkSameSet: any order passes; the check name says what is wrong (missing, extra, duplicated)', () => {
    expect(recorded(['VIEW-ALL'], () => checkSameSet(['b', 'a'], ['a', 'b'], 'same')).outcomes).toEqual([]);
    const checkOf = (received: string[], expected: string[]) => failures(recorded(['VIEW-ALL'], () => checkSameSet(received, expected, 'runs')).outcomes)[0]?.check;
    expect(checkOf(['a'], ['a', 'b'])).toBe('same-runs missing');
    expect(checkOf(['a', 'b', 'x'], ['a', 'b'])).toBe('same-runs extra');
    expect(checkOf(['a', 'a', 'b'], ['a', 'b'])).toBe('same-runs duplicated');
    expect(checkOf(['x', 'x'], ['a'])).toBe('same-runs missing extra duplicated');
    const { outcomes } = recorded(['VIEW-ALL'], () => checkSameSet(['x', 'a'], ['a', 'b', 'c', 'd', 'e'], 'runs', show));
    expect(outcomes[0]).toMatchObject({ received: { runs: 2, missing: ['b', 'c', 'd', 'e'], extra: ['x'], duplicated: false }, expected: { runs: 5 }, runs: [{ run: 'b' }, { run: 'c' }, { run: 'd' }] });
  });
});

test.describe('checkOk', () => {
  const ok = { status: 200, text: '{"runs":[]}' };
  const refused = (status: number) => ({ status, text: `{"code":"E${status}","message":"no"}` });
  const blockedBy = (outcomes: Outcome[]) => outcomes.flatMap((o) => (o.kind === 'inconclusive' ? [o.blockedBy ?? '(none)'] : []));

  test('a 200 passes', () => {
    expect(recorded(['ORDER-DEFAULT'], () => checkOk(ok, 'a search'))).toEqual({ error: undefined, outcomes: [] });
  });

  test("another refusal of a valid request is the test's own failure, named by the status", () => {
    const { error, outcomes } = recorded(['ORDER-DEFAULT'], () => checkOk(refused(404), 'a search'));
    expect(error).toBeInstanceOf(CheckFailed);
    expect(failures(outcomes)).toEqual([{ requirement: 'ORDER-DEFAULT', check: 'status 200 (got 404)', signature: 'ORDER-DEFAULT | status 200 (got 404)' }]);
    expect(outcomes[0]).toMatchObject({ summary: 'a search is valid and must be answered with 200', received: '404 {"code":"E404","message":"no"}' });
    const named = recorded(['PAGE-EXHAUSTION'], () => checkOk(refused(400), 'RESP-SCHEMA', 'a plain search'));
    expect(failures(named.outcomes)).toEqual([{ requirement: 'RESP-SCHEMA', check: 'status 200 (got 400)', signature: 'RESP-SCHEMA | status 200 (got 400)' }]);
  });

  test("a 5xx is ERR-NO-5XX's failure, and the test is blocked by it (INCONCLUSIVE)", () => {
    const { error, outcomes } = recorded(['ORDER-DEFAULT'], () => checkOk(refused(503), 'a search'));
    expect(error).toBeInstanceOf(Inconclusive);
    expect(failures(outcomes)).toEqual([{ requirement: 'ERR-NO-5XX', check: 'a valid request got a 5xx', signature: 'ERR-NO-5XX | a valid request got a 5xx' }]);
    expect(blockedBy(outcomes)).toEqual(['ERR-NO-5XX']);
  });

  test('a 400 for a narrowing filter: INCONCLUSIVE in a plain test, a skipped case (fc.pre) inside a property', async () => {
    const plain = recorded(['VIEW-ALL'], () => checkOk(refused(400), 'a search', { narrowing: "params.p = 'x'" }));
    expect(plain.error).toBeInstanceOf(Inconclusive);
    expect(failures(plain.outcomes)).toEqual([]);
    expect((plain.error as Error).message).toContain('the filter requirements judge it');
    beginRecording(['VIEW-ALL']);
    const trial = await duringTrials(async () => {
      try {
        checkOk(refused(400), 'a search', { narrowing: "params.p = 'x'" });
      } catch (error) {
        return error;
      }
    });
    expect(fc.PreconditionFailure.isFailure(trial)).toBe(true);
    expect(endRecording()).toEqual([]);
    // Only a 400 is the filter's doing.
    expect(failures(recorded(['VIEW-ALL'], () => checkOk(refused(404), 'a search', { narrowing: 'f' })).outcomes)).toHaveLength(1);
  });

  test("a 400 for a view the server refuses on its own blocks other checks (the view's requirement fails in its own test)", () => {
    const viewRefused = { ...refused(400), refusedView: 'ALL' as const };
    const other = recorded(['ORDER-DEFAULT'], () => checkOk(viewRefused, 'a search', { auxiliary: true }));
    expect(other.error).toBeInstanceOf(Inconclusive);
    expect(failures(other.outcomes)).toEqual([]);
    expect(blockedBy(other.outcomes)).toEqual(['VIEW-ALL']);
    const own = recorded(['VIEW-ALL'], () => checkOk(viewRefused, 'run_view_type ALL'));
    expect(failures(own.outcomes)).toEqual([{ requirement: 'VIEW-ALL', check: 'status 200 (got 400)', signature: 'VIEW-ALL | status 200 (got 400)' }]);
  });

  test('an auxiliary request, or one another requirement promises to work, is INCONCLUSIVE (blocked by it), never a FAIL', () => {
    const auxiliary = recorded(['PAGE-TOKEN-END'], () => checkOk(refused(400), 'the unfiltered search', { auxiliary: true }));
    expect(auxiliary.error).toBeInstanceOf(Inconclusive);
    expect(failures(auxiliary.outcomes)).toEqual([]);
    expect(blockedBy(auxiliary.outcomes)).toEqual(['(none)']);
    const token = recorded(['PAGE-NO-EMPTY-TAIL'], () => checkOk(refused(400), 'the page_token the server issued', { blockedBy: 'PAGE-EXHAUSTION' }));
    expect(failures(token.outcomes)).toEqual([]);
    expect(blockedBy(token.outcomes)).toEqual(['PAGE-EXHAUSTION']);
  });
});
