/**
 * The one test.extend of the certification suites. The target, the HTTP transport and the seeded
 * data set are worker-scoped (the data seeded once per run and shared by every worker process:
 * shared-data.ts; deleted by the global teardown); each test gets its own
 * client, whose redacted exchanges are attached when the test fails.
 */
import { test as base, expect, type TestInfo } from '@playwright/test';
import fc from 'fast-check';
import { capabilities, loadTarget, readEnvironment, type Capability, type Target } from '../../src/config';
import { httpTransport, SearchClient, redactReportedErrors, secretsOf, type Transport } from '../../src/client';
import { NOT_APPLICABLE_ANNOTATION, recordNotApplicable, testRequirement } from '../../src/outcome';
import { boundProperty, type Property } from '../support';
import { test as outcomeTest } from './outcomes';
import { dataSet } from '../../generators';
import { pageSet } from '../../generators';
import type { DataSet } from '../../src/oracle';
import { deleteExperiments, newRunPrefix, seedDataSet, type SeededData } from '../../src/seed';
import { TIER_BUDGETS, type TierBudget } from './tiers';
import { sharedSeeding, type Shared } from './shared-data';

interface WorkerFixtures {
  target: Target;
  budget: TierBudget;
  transport: Transport;
  workerClient: SearchClient;
  /** The generated data set, written to the target; undefined when writes are not allowed. */
  workerData: SeededData | undefined;
  /**
   * The experiments the metamorphic checks search: the seeded ones in seed mode; in readonly
   * mode SUITE_EXPERIMENT_IDS, or every active experiment the target lists.
   */
  scope: { experimentIds: string[] };
  /** The page set, seeded on first use (1100 runs are too many to write for workers that never need it). */
  workerPageSet: () => Promise<SeededData>;
}

/** Experiments a single test creates for itself; all deleted when it ends. */
export interface Scratch {
  seed(data: DataSet): Promise<SeededData>;
}

interface TestFixtures {
  /** The worker's seeded data set; the test is NOT_APPLICABLE in readonly mode. */
  seeded: SeededData;
  /** The worker's page set (generators/page-set.ts); NOT_APPLICABLE in readonly mode. */
  pageSet: SeededData;
  client: SearchClient;
  /**
   * The property runner bound to the test's client, the run's seed, the tier's budget and the
   * requirement the test's title declares: `await property(arbitrary, async (value) => …)`.
   */
  property: Property;
  scratch: Scratch;
  /** Skips the test as NOT_APPLICABLE unless the configuration declares the capability. */
  requires: (capability: Capability) => void;
  /** Automatic: a failure's messages are redacted before any reporter sees them. */
  redactFailures: void;
}

const CAPABILITY_REASON: Record<Capability, string> = {
  writes: 'SUITE_MODE=readonly: the suite may not write to this target',
  auth: 'TARGET_AUTH=none: no credentials are configured to test',
  load: 'SUITE_ALLOW_LOAD is not set: the bounded 429 burst is not allowed',
};

export const test = outcomeTest.extend<TestFixtures, WorkerFixtures>({
  target: [async ({}, use) => use(loadTarget(readEnvironment())), { scope: 'worker' }],
  budget: [async ({ target }, use) => use(TIER_BUDGETS[target.tier]), { scope: 'worker' }],
  // Node's HTTP client, not Playwright's request context (see src/client/transport.ts: time).
  transport: [async ({}, use) => use(httpTransport()), { scope: 'worker' }],
  workerClient: [
    async ({ transport, target }, use, workerInfo) => use(new SearchClient(transport, target, `seed${workerInfo.workerIndex}`)),
    { scope: 'worker' },
  ],
  workerData: [
    async ({ workerClient, target, budget }, use, workerInfo) => {
      if (target.mode !== 'seed') return use(undefined);
      const [data] = fc.sample(dataSet({ minRuns: budget.dataSetRuns.min, maxRuns: budget.dataSetRuns.max }), {
        seed: target.seed,
        numRuns: 1,
      });
      // Seeded once for the run by the first worker that gets here (shared-data.ts), not once per worker.
      const shared = await sharedSeeding('data', data!, () => seedDataSet(workerClient, data!, `${newRunPrefix(target.tier)}-w${workerInfo.workerIndex}`));
      try {
        await use(shared.data);
      } finally {
        if (shared.owned) await deleteExperiments(workerClient, shared.data.experimentIds);
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  scope: [
    async ({ workerData, target, workerClient }, use) => {
      if (workerData) return use({ experimentIds: workerData.experimentIds });
      if (target.experimentIds) return use({ experimentIds: target.experimentIds });
      await use({ experimentIds: await listActiveExperiments(workerClient) });
    },
    { scope: 'worker' },
  ],
  workerPageSet: [
    async ({ workerClient, target, budget }, use, workerInfo) => {
      let seeding: Promise<Shared> | undefined;
      const seed = () => {
        const [data] = fc.sample(pageSet(budget.pageSetRuns), { seed: target.seed, numRuns: 1 });
        return sharedSeeding('pages', data!, () => seedDataSet(workerClient, data!, `${newRunPrefix(target.tier)}-p${workerInfo.workerIndex}`));
      };
      try {
        await use(async () => (await (seeding ??= seed())).data);
      } finally {
        // A seeding that failed halfway leaves experiments whose lease the next run's sweep honours.
        const shared = await seeding?.catch(() => undefined);
        if (shared?.owned) await deleteExperiments(workerClient, shared.data.experimentIds);
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  pageSet: [
    async ({ workerPageSet, target }, use, testInfo) => {
      if (target.mode !== 'seed') skipAsNotApplicable(testInfo, CAPABILITY_REASON.writes);
      await use(await workerPageSet());
    },
    { timeout: 300_000 },
  ],
  seeded: async ({ workerData }, use, testInfo) => {
    if (!workerData) skipAsNotApplicable(testInfo, CAPABILITY_REASON.writes);
    await use(workerData!);
  },
  secrets: async ({ target }, use) => use(secretsOf(target)),
  client: async ({ transport, target }, use, testInfo) => {
    const client = new SearchClient(transport, target, `w${testInfo.workerIndex}`);
    await use(client);
    // Retries are never failures, but a reader of the report should know the target needed them.
    if (client.throttled > 0) testInfo.annotations.push({ type: 'throttled', description: `${client.throttled} request(s) met a 429 and were sent again` });
    if (client.reconnected > 0) {
      testInfo.annotations.push({ type: 'reconnected', description: `${client.reconnected} request(s) met a reset connection and were sent again` });
    }
  },
  // Depends on `outcomes`, which declares the title's requirement to the recording first.
  property: async ({ outcomes, client, target, budget }, use) => {
    await use(boundProperty({ client, seed: target.seed, numRuns: budget.propertyRuns, requirement: testRequirement() }));
  },
  scratch: async ({ workerClient, target }, use, testInfo) => {
    if (target.mode !== 'seed') skipAsNotApplicable(testInfo, CAPABILITY_REASON.writes);
    const created: string[] = [];
    let count = 0;
    await use({
      async seed(data) {
        const prefix = `${newRunPrefix(target.tier)}-t${testInfo.workerIndex}-${count++}`;
        const seeded = await seedDataSet(workerClient, data, prefix);
        created.push(...seeded.experimentIds);
        return seeded;
      },
    });
    await deleteExperiments(workerClient, created);
  },
  // Auto fixtures are set up first and torn down last, after every other fixture has failed or not.
  redactFailures: [
    async ({ target }, use, testInfo) => {
      await use();
      redactReportedErrors(testInfo.errors, secretsOf(target));
    },
    { auto: true },
  ],
  requires: async ({ target }, use) => {
    const declared = capabilities(target);
    await use((capability) => notApplicableIf(!declared.has(capability), CAPABILITY_REASON[capability]));
  },
});

/** Skips the running test as NOT_APPLICABLE (a capability or profile the configuration declares absent). */
export function notApplicableIf(condition: boolean, reason: string): void {
  if (condition) skipAsNotApplicable(base.info(), reason);
}

function skipAsNotApplicable(testInfo: TestInfo, reason: string): void {
  testInfo.annotations.push({ type: NOT_APPLICABLE_ANNOTATION, description: reason });
  recordNotApplicable(reason);
  testInfo.skip(true, `NOT_APPLICABLE: ${reason}`);
}

/** Every active experiment of the target (a read: experiments/search), for readonly runs. */
async function listActiveExperiments(client: SearchClient): Promise<string[]> {
  const response = await client.call('experiments/search', { max_results: 1000, view_type: 'ACTIVE_ONLY' });
  if (response.status !== 200) throw new Error(`experiments/search answered ${response.status}; set SUITE_EXPERIMENT_IDS`);
  const experiments = ((response.json ?? {}) as { experiments?: { experiment_id: string }[] }).experiments ?? [];
  return experiments.map((e) => String(e.experiment_id));
}

export { expect };
