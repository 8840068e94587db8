/**
 * The verdict rules of DESIGN.md as a pure function over test outcomes, so they can be tested on
 * their own. Everything is read from data the tests attached (src/outcome): the requirements a
 * test declares (annotations), the failures, inconclusives and not-applicables it recorded.
 *
 * - A requirement FAILs exactly when a failure of that requirement was recorded, by any test (a
 *   contract violation seen by an order test is RESP-SCHEMA's failure), or when a test declaring
 *   it failed without any typed outcome (an unexpected error outside the harness).
 * - A test that failed because of another requirement's failure (its answer was unreadable, or it
 *   stopped at its other requirement) leaves its own INCONCLUSIVE, never FAIL.
 * - A skip is never a pass; NOT_APPLICABLE only for a capability the configuration declares
 *   absent (or a profile the requirement does not cover).
 */
import type { Capability, Profile } from '../src/config';
import type { Catalogue, Requirement } from '../src/catalogue';
import { appliesTo } from '../src/catalogue';
import type { Outcome } from '../src/outcome';
import type { TestCost } from './time';

export type Verdict = 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | 'INCONCLUSIVE';
export const VERDICTS: readonly Verdict[] = ['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE'];

/** An outcome as the verdict rules need it (a failure's evidence travels separately). */
export type OutcomeSummary =
  | { kind: 'failure'; requirement: string; signature: string }
  | { kind: 'inconclusive'; requirement?: string; reason: string; blockedBy?: string }
  | { kind: 'not-applicable'; reason: string };
export interface TestOutcome {
  title: string;
  file: string;
  line: number;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** The requirements the test declares (its `requirement` annotations). */
  requirements: string[];
  outcomes: OutcomeSummary[];
  /** For people: why it was skipped, the error it ended with. */
  skipReason?: string;
  error?: string;
  durationMs: number;
  /** Generated cases a property test tried (its `cases` annotation); absent for table tests. */
  generatedCases?: number;
  /** What the test cost (requests, server wait, the suite's own work); absent without the harness. */
  cost?: TestCost;
}

export interface RequirementResult {
  id: string;
  area: string;
  title: string;
  quote: string;
  strength: Requirement['strength'];
  /** Whether this requirement decides the certification (documented, or any with SUITE_STRICT=1). */
  deciding: boolean;
  verdict: Verdict;
  reason: string;
  /** Generated cases tried across its property tests: how hard it was tried, per tier. */
  generatedCases: number;
  /** The tests that declare it, and those of other requirements that recorded a failure of it. */
  tests: TestOutcome[];
  /** The distinct failure signatures recorded against it. */
  signatures: string[];
}

export interface RunContext {
  profile: Profile;
  capabilities: Set<Capability>;
  strict: boolean;
}

export interface Verdicts {
  verdict: 'CERTIFIED' | 'NOT_CERTIFIED';
  reasons: string[];
  requirements: RequirementResult[];
  unknownIds: { test: string; id: string }[];
}

export function summarize(outcome: Outcome): OutcomeSummary {
  switch (outcome.kind) {
    case 'failure':
      return { kind: 'failure', requirement: outcome.requirement, signature: outcome.signature };
    case 'inconclusive':
      return { kind: 'inconclusive', reason: outcome.reason, ...(outcome.requirement ? { requirement: outcome.requirement } : {}), ...(outcome.blockedBy ? { blockedBy: outcome.blockedBy } : {}) };
    case 'not-applicable':
      return { kind: 'not-applicable', reason: outcome.reason };
  }
}

function failuresOf(test: TestOutcome, id: string): string[] {
  return test.outcomes.flatMap((o) => (o.kind === 'failure' && o.requirement === id ? [o.signature] : []));
}

type Judgement = { kind: 'passed' } | { kind: 'failed'; why: string } | { kind: 'unobserved'; why: string } | { kind: 'not-applicable'; why: string };

/** What one test that declares `id` says about it. */
function judge(test: TestOutcome, id: string): Judgement {
  if (test.status === 'passed') return { kind: 'passed' };
  if (test.status === 'skipped') {
    const na = test.outcomes.find((o) => o.kind === 'not-applicable');
    return na ? { kind: 'not-applicable', why: na.reason } : { kind: 'unobserved', why: `skipped${test.skipReason ? `: ${test.skipReason}` : ''}` };
  }
  if (test.status === 'interrupted') return { kind: 'unobserved', why: 'interrupted' };
  const inconclusive = test.outcomes.find((o) => o.kind === 'inconclusive' && (o.requirement === undefined || o.requirement === id));
  if (inconclusive?.kind === 'inconclusive') return { kind: 'unobserved', why: inconclusive.reason };
  if (failuresOf(test, id).length > 0) return { kind: 'failed', why: 'its check failed' };
  const other = test.outcomes.find((o) => o.kind === 'failure');
  if (other?.kind === 'failure') return { kind: 'unobserved', why: `the test stopped at a failure of ${other.requirement}` };
  return { kind: 'failed', why: `${test.status === 'timedOut' ? 'timed out' : 'failed'} without a typed outcome` };
}

export function requirementVerdict(req: Requirement, tests: TestOutcome[], context: RunContext): { verdict: Verdict; reason: string } {
  const applicability = appliesTo(req, context);
  if (applicability === 'not-applicable-profile') return { verdict: 'NOT_APPLICABLE', reason: `not part of the ${context.profile} profile` };
  if (applicability === 'not-applicable-capability')
    return { verdict: 'NOT_APPLICABLE', reason: `the configuration does not declare '${req.requires}'` };
  const signatures = new Set(tests.flatMap((t) => failuresOf(t, req.id)));
  const declaring = tests.filter((t) => t.requirements.includes(req.id));
  const judged = declaring.map((t) => judge(t, req.id));
  const untyped = judged.filter((j) => j.kind === 'failed' && j.why !== 'its check failed');
  if (signatures.size > 0 || untyped.length > 0) {
    const parts = [
      ...(signatures.size > 0 ? [`${signatures.size} failure signature(s)`] : []),
      ...(untyped.length > 0 ? [`${untyped.length} test(s) ${untyped[0]!.kind === 'failed' ? untyped[0]!.why : ''}`] : []),
    ];
    return { verdict: 'FAIL', reason: parts.join('; ') };
  }
  if (declaring.length === 0) return { verdict: 'INCONCLUSIVE', reason: 'no test checks this requirement' };
  const unobserved = judged.filter((j) => j.kind === 'unobserved');
  if (unobserved.length > 0) return { verdict: 'INCONCLUSIVE', reason: `${unobserved.length} test(s) could not observe the behaviour (${unobserved[0]!.why})` };
  const passed = judged.filter((j) => j.kind === 'passed').length;
  if (passed === 0) {
    const first = judged[0];
    return { verdict: 'NOT_APPLICABLE', reason: first?.kind === 'not-applicable' ? first.why : 'every test was not applicable' };
  }
  return { verdict: 'PASS', reason: `${passed} test(s) passed` };
}

export function computeVerdicts(catalogue: Catalogue, outcomes: TestOutcome[], context: RunContext): Verdicts {
  const unknownIds: Verdicts['unknownIds'] = [];
  const testsById = new Map<string, TestOutcome[]>();
  const add = (id: string, outcome: TestOutcome) => {
    const list = testsById.get(id) ?? [];
    if (!list.includes(outcome)) testsById.set(id, [...list, outcome]);
  };
  for (const outcome of outcomes) {
    if (outcome.requirements.length === 0) unknownIds.push({ test: outcome.title, id: '(none)' });
    for (const id of outcome.requirements) {
      if (!catalogue.byId.has(id)) unknownIds.push({ test: outcome.title, id });
      add(id, outcome);
    }
    for (const o of outcome.outcomes) {
      if (o.kind !== 'failure') continue;
      if (!catalogue.byId.has(o.requirement)) unknownIds.push({ test: outcome.title, id: o.requirement });
      add(o.requirement, outcome);
    }
  }
  const requirements = catalogue.requirements.map((req): RequirementResult => {
    const tests = testsById.get(req.id) ?? [];
    const { verdict, reason } = requirementVerdict(req, tests, context);
    return {
      id: req.id,
      area: req.area,
      title: req.title,
      quote: req.quote,
      strength: req.strength,
      deciding: req.strength === 'documented' || context.strict,
      verdict,
      reason,
      generatedCases: tests.filter((t) => t.requirements.includes(req.id)).reduce((sum, t) => sum + (t.generatedCases ?? 0), 0),
      tests,
      signatures: verdict === 'FAIL' ? [...new Set(tests.flatMap((t) => failuresOf(t, req.id)))] : [],
    };
  });
  const reasons: string[] = [];
  for (const u of unknownIds) reasons.push(`test "${u.test}" names no catalogue requirement (${u.id})`);
  for (const r of requirements) {
    if (r.deciding && r.verdict !== 'PASS' && r.verdict !== 'NOT_APPLICABLE') reasons.push(`${r.id}: ${r.verdict} (${r.reason})`);
  }
  return { verdict: reasons.length === 0 ? 'CERTIFIED' : 'NOT_CERTIFIED', reasons, requirements, unknownIds };
}
