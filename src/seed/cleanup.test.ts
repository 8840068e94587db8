import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createReferenceHandler } from '../../reference/handler';
import { createReferenceServer, listen } from '../../reference/node';
import { leaseUntil, newRunPrefix, SUITE_PREFIX } from './prefix';

const ROOT = join(__dirname, '..', '..');

function certify(url: string, { killAfterMs }: { killAfterMs?: number } = {}): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', '--config', 'playwright.config.ts', 'suites/view-type', 'suites/pagination/walk.spec.ts'], {
      cwd: ROOT,
      env: { ...process.env, TARGET_URL: url, SUITE_TIER: 'smoke', SUITE_REPORTS_DIR: 'reports/cleanup-test', CI: '' },
      stdio: 'ignore',
      detached: true,
    });
    if (killAfterMs) setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), killAfterMs);
    child.on('exit', () => resolve());
  });
}

test.describe('nothing is left behind on the target', () => {
  test('a run deletes every experiment it created and sweeps the expired leftovers of a killed run', async () => {
    test.setTimeout(240_000);
    const handler = createReferenceHandler({});
    const expired = handler.store.createExperiment(`${newRunPrefix('smoke', Date.now() - 60 * 60_000)}-w0-e0`);
    const foreign = handler.store.createExperiment('someone-elses-experiment');
    const server = await listen(createReferenceServer(handler), { port: 0, host: '127.0.0.1' });
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
    const server = await listen(createReferenceServer(handler), { port: 0, host: '127.0.0.1' });
    try {
      await certify(server.url, { killAfterMs: 9_000 });
      const left = [...handler.store.experiments()].filter((e) => e.lifecycleStage === 'active');
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
