import { test, expect } from '@playwright/test';
import type { Catalogue, Requirement } from '../src/catalogue';
import type { Capability } from '../src/config/target';
import { computeVerdicts, type TestOutcome } from './verdict';

function requirement(id: string, extra: Partial<Requirement> = {}): Requirement {
  return { id, area: 'filter', title: id, quote: 'q', location: 'l', strength: 'documented', profiles: ['oci', 'mlflow'], ...extra };
}

function catalogue(...requirements: Requirement[]): Catalogue {
  return { requirements, byId: new Map(requirements.map((r) => [r.id, r])), hash: 'h' };
}

function outcome(title: string, status: TestOutcome['status'], extra: Partial<TestOutcome> = {}): TestOutcome {
  return { title, file: 'f.spec.ts', line: 1, status, durationMs: 1, ...extra };
}

const context = (capabilities: Capability[] = ['writes'], strict = false) => ({ profile: 'oci' as const, capabilities: new Set(capabilities), strict });

const CASES: Array<{ name: string; req: Requirement; tests: TestOutcome[]; verdict: string; certified: boolean; strict?: boolean; caps?: Capability[] }> = [
  { name: 'all tests passed', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed')], verdict: 'PASS', certified: true },
  { name: 'one test failed', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'passed'), outcome('A-ONE: y', 'failed', { error: 'boom' })], verdict: 'FAIL', certified: false },
  { name: 'a timeout is a failure', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'timedOut')], verdict: 'FAIL', certified: false },
  { name: 'no test checks it', req: requirement('A-ONE'), tests: [], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'an Inconclusive error is not a FAIL', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'failed', { error: 'INCONCLUSIVE: no 429' })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a plain skip is never a pass', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'fixme' })], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a NOT_APPLICABLE skip of every test', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'NOT_APPLICABLE: readonly' })], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'an interrupted test', req: requirement('A-ONE'), tests: [outcome('A-ONE: x', 'interrupted')], verdict: 'INCONCLUSIVE', certified: false },
  { name: 'a requirement of the other profile', req: requirement('A-ONE', { profiles: ['mlflow'] }), tests: [], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'a capability the configuration lacks', req: requirement('A-ONE', { requires: 'auth' }), tests: [outcome('A-ONE: x', 'skipped', { skipReason: 'NOT_APPLICABLE: no auth' })], verdict: 'NOT_APPLICABLE', certified: true },
  { name: 'an inferred FAIL does not decide without SUITE_STRICT', req: requirement('A-ONE', { strength: 'inferred', reasoning: 'r' }), tests: [outcome('A-ONE: x', 'failed', { error: 'e' })], verdict: 'FAIL', certified: true },
  { name: 'an inferred FAIL decides with SUITE_STRICT', req: requirement('A-ONE', { strength: 'inferred', reasoning: 'r' }), tests: [outcome('A-ONE: x', 'failed', { error: 'e' })], verdict: 'FAIL', certified: false, strict: true },
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
