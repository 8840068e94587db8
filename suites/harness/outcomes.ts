/**
 * The outcome recorder as a Playwright fixture, apart from any target so that the reporter's own
 * tests can use it on inline projects: before a test, its requirement annotations and a fresh
 * recording; after it, the outcomes (src/outcome) attached as JSON, with the known secrets
 * redacted. The certification harness (fixtures.ts) extends this test and supplies the secrets.
 */
import { test as base, type TestInfo } from '@playwright/test';
import { redactText } from '../../src/client';
import { requirementIdsIn } from '../../src/catalogue';
import { beginCost, COST_ATTACHMENT, endCost } from '../../src/meter';
import {
  beginRecording,
  CONTRACT_CHECK,
  endRecording,
  failureOutcome,
  OUTCOMES_ATTACHMENT,
  outcomesJson,
  recordedOutcomes,
  recordFailure,
  recordInconclusive,
  REQUIREMENT_ANNOTATION,
} from '../../src/outcome';

export const test = base.extend<{ outcomes: void; secrets: string[] }>({
  secrets: [[], { option: true }],
  outcomes: [
    async ({ secrets }, use, testInfo) => {
      // The requirement(s) the test judges, declared once from the ids its title starts with
      // ("ORDER-DEFAULT: …"); the reporter reads these annotations, never the title, and a check
      // that names no requirement judges the test's own.
      const declared = requirementIdsIn(testInfo.title);
      for (const id of declared) testInfo.annotations.push({ type: REQUIREMENT_ANNOTATION, description: id });
      beginRecording(declared);
      beginCost();
      await use();
      // What the test cost (server wait, the suite's own work): the report's time breakdown.
      await testInfo.attach(COST_ATTACHMENT, { body: JSON.stringify(endCost()), contentType: 'application/json' });
      if (testInfo.status === 'failed' || testInfo.status === 'timedOut') typeUntypedEnd(testInfo);
      const outcomes = endRecording();
      if (outcomes.length === 0) return;
      // Exchanges are redacted as they are recorded; received values quote bodies too.
      await testInfo.attach(OUTCOMES_ATTACHMENT, { body: redactText(outcomesJson(outcomes), secrets), contentType: 'application/json' });
    },
    { auto: true },
  ],
});

/**
 * A test that ended with an error no check typed (a timeout, an exception in the suite's own
 * code): after a contract failure it is blocked by it (INCONCLUSIVE); otherwise it is a failure
 * of each requirement it declares that no outcome covers yet, with the error as its summary.
 */
function typeUntypedEnd(testInfo: TestInfo): void {
  const recorded = recordedOutcomes();
  const contract = recorded.find((o) => o.kind === 'failure' && o.check === CONTRACT_CHECK);
  const anyFailure = recorded.some((o) => o.kind === 'failure');
  const declared = testInfo.annotations.filter((a) => a.type === REQUIREMENT_ANNOTATION && a.description).map((a) => a.description!);
  for (const id of declared) {
    const covered = recorded.some((o) => (o.kind === 'failure' && o.requirement === id) || (o.kind === 'inconclusive' && (o.requirement ?? id) === id));
    if (covered) continue;
    if (contract?.kind === 'failure') {
      recordInconclusive(`blocked by ${contract.requirement}: the test could not go on after that failure`, { requirement: id, blockedBy: contract.requirement });
    } else if (!anyFailure) {
      const timedOut = testInfo.status === 'timedOut';
      const summary = timedOut ? `timed out after ${testInfo.timeout} ms` : ((testInfo.error?.message ?? 'failed').split('\n')[0] ?? 'failed');
      recordFailure(failureOutcome({ requirement: id, check: timedOut ? 'timed out' : 'unexpected error', summary }));
    }
  }
}
