import { test, expect } from '@playwright/test';
import type { Catalogue, Requirement } from '../src/catalogue';
import type { Capability } from '../src/config';
import { requirementIdsIn } from '../src/catalogue';
import { computeVerdicts, type OutcomeSummary, type TestOutcome } from './verdict';

function requirement(id: string, extra: Partial<Requirement> = {}): Requirement {
  return { id, area: 'filter', title: id, quote: 'q', location: 'l', strength: 'documented', profiles: ['oci', 'mlflow'], ...extra };
}

function catalogue(...requirements: Requirement[]): Catalogue {
  return { requirements, byId: new Map(requirements.map((r) => [r.id, r])), hash: 'h' };
}

/** A test that declares the ids its title starts with, as the harness's annotations do. */
function outcome(title: string, status: TestOutcome['status'], extra: Partial<TestOutcome> = {}): TestOutcome {
  return { title, file: 'f.spec.ts', line: 1, status, durationMs: 1, requirements: requirementIdsIn(title), outcomes: [], ...extra };
}

const failure = (requirement: string, signature = `${requirement} | check`): OutcomeSummary => ({ kind: 'failure', requirement, signature });
const inconclusive = (reason: string, blockedBy?: string): OutcomeSummary => ({ kind: 'inconclusive', reason, ...(blockedBy ? { blockedBy } : {}) });
const notApplicable = (reason: string): OutcomeSummary => ({ kind: 'not-applicable', reason });

const context = (capabilities: Capability[] = ['writes'], strict = false) => ({ profile: 'oci' as const, capabilities: new Set(capabilities), strict });

const CASES: Array<{ name: string; req: Requirement; tests: TestOutcome[]; verdict: string; certified: boolean; strict?: boolean; caps?: Capability[] }> = [
  { name: 'all tests passed', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed')], verdict: 'PASS', certified: true },
  { name: 'one test recorded a failure', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed'), outcome('A-ONE: y', 'failed', { outcomes: [failure('A-ONE')] })], verdict: 'FAIL', certified: false },
  { name: 'a test failed with no typed outcome (an error outside the harness)', req: requirement('A-ONE'), tests: [outcome('A-ONE: y', 'failed', { error: 'boom' })], verdict: 'FAIL', certified: false },
  { name: "another requirement's test recorded a failure of it", req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed'), outcome('B-TWO: y', 'passed', { outcomes: [failure('A-ONE')] })], verdict: 'FAIL', certified: false },
  { name: "a failure recorded against another requirement (the contract) leaves it PASS when its test passed (that id is outside this catalogue)", req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed', { outcomes: [failure('RESP-SCHEMA')] })], verdict: 'PASS', certified: false },
  { name: 'a test blocked by a contract failure is INCONCLUSIVE, not FAIL', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'failed', { outcomes: [failure('RESP-SCHEMA'), inconclusive('blocked by RESP-SCHEMA: runs is not a list', 'RESP-SCHEMA')] })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a test that stopped at its other requirement leaves this one INCONCLUSIVE', req: requirement('A-ONE'), tests: [outcome('B-TWO A-ONE: x', 'failed', { outcomes: [failure('B-TWO')] })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a timeout is a failure', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'timedOut')], verdict: 'FAIL', certified: false },
  { name: 'no test checks it', req: requirement('A-ONE'), tests: [], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'an inconclusive outcome is not a FAIL', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'failed', { error: 'Error: no 429', outcomes: [inconclusive('no 429')] })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a message that merely says INCONCLUSIVE decides nothing', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'failed', { error: 'INCONCLUSIVE: no 429' })], verdict: 'FAIL', certified: false },
  { name: 'a plain skip is never a pass', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'fixme' })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a NOT_APPLICABLE skip of every test', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'readonly', outcomes: [notApplicable('readonly')] })], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'a skip whose reason merely says NOT_APPLICABLE is never a pass', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'NOT_APPLICABLE: readonly' })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'an interrupted test', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'interrupted')], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a requirement of the other profile', req: requirement('A-ONE', { profiles: ['mlflow'] }), tests: [], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'a capability the configuration lacks', req: requirement('A-ONE', { requires: 'auth' }), tests: [outcome('A-ONE: x', 'skipped', { outcomes: [notApplicable('no auth')] })], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'an inferred FAIL does not decide without SUITE_STRICT', req: requirement('A-ONE', { strength: 'inferred', reasoning: 'r' }), tests: [outcome('A-ONE: x', 'failed', { outcomes: [failure('A-ONE')] })], verdict: 'FAIL', certified: true },
  { name: 'an inferred FAIL decides with SUITE_STRICT', req: requirement('A-ONE', { strength: 'inferred', reasoning: 'r' }), tests: [outcome('A-ONE: x', 'failed', { outcomes: [failure('A-ONE')] })], verdict: 'FAIL', certified: false, strict: true },
];

test.describe('requirement verdicts', () => {
  for (const c of CASES) {
    test(`${c.name}: ${c.verdict}, ${c.certified ? 'CERTIFIED' : 'NOT_CERTIFIED'}`, () => {
      const result = computeVerdicts(catalogue(c.req), c.tests, context(c.caps, c.strict));
      expect(result.requirements[0]!.verdict).toBe(c.verdict);
      expect(result.verdict).toBe(c.certified ? 'CERTIFIED' : 'NOT_CERTIFIED');
    });
  }

  test('a test naming an unknown requirement id refuses certification', () => {
    const result = computeVerdicts(catalogue(requirement('A-ONE')), [outcome('A-ONE: x', 'passed'), outcome('B-TWO: y', 'passed')], context());
    expect(result.unknownIds).toEqual([{ test: 'B-TWO: y', id: 'B-TWO' }]);
    expect(result.verdict).toBe('NOT_CERTIFIED');
  });

  test('a test naming no requirement refuses certification', () => {
    const result = computeVerdicts(catalogue(requirement('A-ONE')), [outcome('A-ONE: x', 'passed'), outcome('just a title', 'passed')], context());
    expect(result.verdict).toBe('NOT_CERTIFIED');
  });
});
