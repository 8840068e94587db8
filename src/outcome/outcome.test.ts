/** The outcome protocol's pure parts: signatures that forget seed-dependent values, the recorder's rules. */
import { expect, test } from '@playwright/test';
import {
  abstractText,
  attachCounterexample,
  beginRecording,
  CONTRACT_CHECK,
  duringTrials,
  endRecording,
  failureOutcome,
  filterShape,
  noteExchange,
  parseOutcomes,
  recordFailure,
  recordedCount,
  shapeOf,
  signatureOf,
  testRequirement,
} from '.';
import { violationShape } from '../contract';

test.describe('signatures', () => {
  test('a summary loses its values: quoted text, lists, numbers, ids', () => {
    expect(abstractText('runs ordered by ["params.p7 DESC","metrics.m2"] (first difference at position 3)')).toBe('runs ordered by […] (first difference at position N)');
    expect(abstractText(`run_view_type "BOGUS" is not one of the allowed values`)).toBe('run_view_type S is not one of the allowed values');
    expect(abstractText('run 0123456789abcdef0123456789abcdef of {"a":[1,{"b":2}]}')).toBe('run ID of {…}');
  });

  test('two filters of the same kind with other keys and constants have one shape', () => {
    const a = filterShape("metrics.m3 >= -1.5 and params.`p x` = 'v1'");
    const b = filterShape(`metrics."other" >= 7 AND params.p2 = 'zz'`);
    expect(a).toBe('metric >= N AND param = S');
    expect(b).toBe(a);
    expect(filterShape('metrics.m < 1')).not.toBe(filterShape('metrics.m <= 1'));
    expect(filterShape('attributes.run_name LIKE \'r%\'')).toBe('attributes.run_name LIKE S');
  });

  test('a counterexample keeps its kind (entity, comparator, view, direction, size class), not its values', () => {
    const one = { experimentIds: ['11', '12'], filter: 'tags.t1 != \'a\'', view: 'DELETED_ONLY', orderBy: ['params.p1 DESC'], maxResults: 7 };
    const two = { experimentIds: ['4'], filter: 'tags.other != \'qq\'', view: 'DELETED_ONLY', orderBy: ['params.zz DESC'], maxResults: 3 };
    expect(shapeOf(one)).toBe(shapeOf(two));
    expect(shapeOf(one)).toBe('{experimentIds:[ID],filter:tag != S,maxResults:N,orderBy:[param DESC],view:DELETED_ONLY}');
    expect(shapeOf({ ...two, orderBy: ['params.zz ASC'] })).not.toBe(shapeOf(one));
    expect(shapeOf(0)).not.toBe(shapeOf(-2));
    expect(shapeOf(['attributes.start_time DESC'])).toBe('[attribute.start_time DESC]');
  });

  test('a contract violation loses its array positions and quoted bodies', () => {
    expect(violationShape('HTTP 200 ExperimentRunCollection: /runs/3/info/status must be equal to one of the allowed values (schema #/x)')).toBe(
      violationShape('HTTP 200 ExperimentRunCollection: /runs/17/info/status must be equal to one of the allowed values (schema #/x)'),
    );
    expect(violationShape('HTTP 500: the body is not JSON (expected Error): "<html>boom"')).toBe('the body is not JSON (expected Error): (body)');
  });

  test('requirement, check and shape make the signature', () => {
    expect(signatureOf('ORDER-BY-KEYS', 'order', '[param DESC]')).toBe('ORDER-BY-KEYS | order | [param DESC]');
    expect(signatureOf('ERR-NO-5XX', 'a valid request got a 5xx')).toBe('ERR-NO-5XX | a valid request got a 5xx');
  });
});

test.describe('the recorder', () => {
  const failure = (requirement: string, check = 'c') => failureOutcome({ requirement, check, summary: 's' });

  test('records a failure once per signature, with the latest exchanges as evidence', () => {
    beginRecording();
    noteExchange({ requestId: 'r1', request: { method: 'POST', url: 'u', headers: {} }, durationMs: 1 });
    recordFailure(failure('A-ONE'));
    recordFailure(failure('A-ONE'));
    const [recorded, ...rest] = endRecording();
    expect(rest).toEqual([]);
    expect(recorded).toMatchObject({ kind: 'failure', requirement: 'A-ONE', signature: 'A-ONE | c', exchanges: [{ requestId: 'r1' }] });
  });

  test("a property's trials record only what the contract check finds; the replay gets the counterexample", async () => {
    beginRecording();
    await duringTrials(async () => {
      recordFailure(failure('A-ONE'));
      recordFailure(failure('RESP-SCHEMA', CONTRACT_CHECK), { always: true });
    });
    const mark = recordedCount();
    recordFailure(failure('A-ONE'));
    attachCounterexample(mark, { value: '3', shape: 'N', numShrinks: 1, seed: 1, fastCheckSeed: 2, path: '0' }, []);
    expect(endRecording().map((o) => (o.kind === 'failure' ? o.signature : o.kind))).toEqual(['RESP-SCHEMA | contract', 'A-ONE | c | N']);
  });

  test("the test's one declared requirement is what an unnamed check judges; none, several or no test is a mistake", () => {
    beginRecording(['ORDER-DEFAULT']);
    expect(testRequirement()).toBe('ORDER-DEFAULT');
    beginRecording(['FILTER-AND', 'FILTER-QUOTED-IDENTIFIER']);
    expect(() => testRequirement()).toThrow('the test declares FILTER-AND, FILTER-QUOTED-IDENTIFIER: name the one it judges');
    beginRecording();
    expect(() => testRequirement()).toThrow('the test declares none');
    endRecording();
    expect(() => testRequirement()).toThrow('outside a test');
  });

  test('outside a test nothing is recorded', () => {
    recordFailure(failure('A-ONE'));
    expect(endRecording()).toEqual([]);
  });

  test('an attachment that is not a list of outcomes is refused, never read as a pass', () => {
    expect(() => parseOutcomes('{}')).toThrow('not a list');
    expect(() => parseOutcomes('[{"kind":"failure","requirement":"A"}]')).toThrow('outcome 0 is malformed');
    expect(parseOutcomes('[{"kind":"inconclusive","reason":"r"}]')).toEqual([{ kind: 'inconclusive', reason: 'r' }]);
  });
});
