/**
 * The verdict rules of DESIGN.md as a pure function over test outcomes, so they can be tested on
 * their own: a skip is never a pass, NOT_APPLICABLE only for a capability the configuration
 * declares absent (or a profile the requirement does not cover), INCONCLUSIVE blocks certification.
 */
import type { Capability, Profile } from '../src/config/target';
import type { Catalogue, Requirement } from '../src/catalogue';
import { appliesTo, requirementIdsIn } from '../src/catalogue';
import { isInconclusiveMessage, NOT_APPLICABLE_PREFIX } from '../src/client/inconclusive';
import type { TestEvidence } from './evidence';

export type Verdict = 'PASS' | 'FAIL' | 'NOT_APPLICABLE' | 'INCONCLUSIVE';
export const VERDICTS: readonly Verdict[] = ['PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE'];

export interface TestOutcome {
  title: string;
  file: string;
  line: number;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  skipReason?: string;
  error?: string;
  durationMs: number;
  /** Generated cases a property test tried (its `cases` annotation); absent for table tests. */
  generatedCases?: number;
  /** Only on a failed test: what it left behind (not used by the verdict rules). */
  evidence?: TestEvidence;
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
  tests: TestOutcome[];
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

function isFailure(t: TestOutcome): boolean {
  return (t.status === 'failed' || t.status === 'timedOut') && !isInconclusiveMessage(t.error);
}

function isNotApplicableSkip(t: TestOutcome): boolean {
  return t.status === 'skipped' && !!t.skipReason?.startsWith(NOT_APPLICABLE_PREFIX);
}

export function requirementVerdict(req: Requirement, tests: TestOutcome[], context: RunContext): { verdict: Verdict; reason: string } {
  const applicability = appliesTo(req, context);
  if (applicability === 'not-applicable-profile') return { verdict: 'NOT_APPLICABLE', reason: `not part of the ${context.profile} profile` };
  if (applicability === 'not-applicable-capability')
    return { verdict: 'NOT_APPLICABLE', reason: `the configuration does not declare '${req.requires}'` };
  if (tests.length === 0) return { verdict: 'INCONCLUSIVE', reason: 'no test checks this requirement' };
  const failed = tests.filter(isFailure);
  if (failed.length > 0) return { verdict: 'FAIL', reason: `${failed.length} of ${tests.length} test(s) failed` };
  const unobserved = tests.filter((t) => t.status !== 'passed' && !isNotApplicableSkip(t));
  if (unobserved.length > 0)
    return { verdict: 'INCONCLUSIVE', reason: `${unobserved.length} test(s) could not observe the behaviour (${unobserved[0]!.status})` };
  const passed = tests.filter((t) => t.status === 'passed');
  if (passed.length === 0) return { verdict: 'NOT_APPLICABLE', reason: tests[0]!.skipReason!.slice(NOT_APPLICABLE_PREFIX.length).trim() };
  return { verdict: 'PASS', reason: `${passed.length} test(s) passed` };
}

export function computeVerdicts(catalogue: Catalogue, outcomes: TestOutcome[], context: RunContext): Verdicts {
  const unknownIds: Verdicts['unknownIds'] = [];
  const testsById = new Map<string, TestOutcome[]>();
  for (const outcome of outcomes) {
    const ids = requirementIdsIn(outcome.title);
    if (ids.length === 0) unknownIds.push({ test: outcome.title, id: '(none)' });
    for (const id of ids) {
      if (!catalogue.byId.has(id)) unknownIds.push({ test: outcome.title, id });
      testsById.set(id, [...(testsById.get(id) ?? []), outcome]);
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
      generatedCases: tests.reduce((sum, t) => sum + (t.generatedCases ?? 0), 0),
      tests,
    };
  });
  const reasons: string[] = [];
  for (const u of unknownIds) reasons.push(`test "${u.test}" names no catalogue requirement (${u.id})`);
  for (const r of requirements) {
    if (r.deciding && r.verdict !== 'PASS' && r.verdict !== 'NOT_APPLICABLE') reasons.push(`${r.id}: ${r.verdict} (${r.reason})`);
  }
  return { verdict: reasons.length === 0 ? 'CERTIFIED' : 'NOT_CERTIFIED', reasons, requirements, unknownIds };
}
