import { test, expect } from '@playwright/test';
import { createReferenceHandler, startReference } from '../../reference';
import { leaseUntil, newRunPrefix, SUITE_PREFIX } from '../../src/seed';
import { spawnCertification } from './spawn-certification';

/** Certifies against url; with killWhen, kills the whole run (SIGKILL) as soon as it holds, polled every 50 ms. */
async function certify(url: string, { killWhen }: { killWhen?: () => boolean } = {}): Promise<void> {
  const kill = new AbortController();
  const poll = killWhen && setInterval(() => killWhen() && kill.abort(), 50);
  try {
    await spawnCertification(
      { TARGET_URL: url, SUITE_TIER: 'smoke', SUITE_REPORTS_DIR: 'reports/cleanup-test' },
      { args: ['suites/view-type', 'suites/pagination/walk.spec.ts'], signal: kill.signal },
    );
  } finally {
    clearInterval(poll);
  }
}

test.describe('nothing is left behind on the target', () => {
  test('a run deletes every experiment it created and sweeps the expired leftovers of a killed run', async () => {
    test.setTimeout(240_000);
    const handler = createReferenceHandler({});
    const expired = handler.store.createExperiment(`${newRunPrefix('smoke', Date.now() - 60 * 60_000)}-w0-e0`);
    const foreign = handler.store.createExperiment('someone-elses-experiment');
    const server = await startReference(handler);
    try {
      await certify(server.url);
      const experiments = [...handler.store.experiments()];
      const ours = experiments.filter((e) => e.name.startsWith(SUITE_PREFIX));
      expect(ours.length).toBeGreaterThan(1);
      expect(ours.filter((e) => e.lifecycleStage === 'active').map((e) => e.name)).toEqual([]);
      expect(experiments.find((e) => e.experimentId === expired.experimentId)?.lifecycleStage).toBe('deleted');
      expect(experiments.find((e) => e.experimentId === foreign.experimentId)?.lifecycleStage).toBe('active');
    } finally {
      await server.close();
    }
  });

  test('a killed run leaves only experiments whose lease expires within the tier budget', async () => {
    test.setTimeout(240_000);
    const handler = createReferenceHandler({});
    const server = await startReference(handler);
    // Killed mid-seeding, once the store holds a run: the run leaves experiments behind for sure.
    const seeding = () => handler.store.runsOf(handler.store.experiments().map((e) => e.experimentId)).length > 0;
    try {
      await certify(server.url, { killWhen: seeding });
      const left = [...handler.store.experiments()].filter((e) => e.lifecycleStage === 'active');
      // Not vacuous: the loop below checks nothing when nothing was left.
      expect(left.length, 'experiments left behind by the killed run').toBeGreaterThan(0);
      for (const experiment of left) {
        const lease = leaseUntil(experiment.name);
        expect(lease, `${experiment.name} carries a lease`).toBeDefined();
        expect(lease!).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
      }
    } finally {
      await server.close();
    }
  });
});
