import { test, expect } from '@playwright/test';
import { createReferenceHandler, startReference } from '../../reference';
import { seedRuns } from '../../reference';
import { WRITE_ENDPOINTS } from '../../src/config';
import { certifyInto } from './spawn-certification';

test('SUITE_MODE=readonly certifies existing data and sends no write request', async () => {
  test.setTimeout(240_000);
  const handler = createReferenceHandler({});
  const experiment = handler.store.createExperiment('existing-data');
  seedRuns(
    handler,
    experiment.experimentId,
    Array.from({ length: 12 }, (_, i) => ({
      name: `run${i}`,
      startTime: 1_700_000_000_000 + Math.floor(i / 2),
      metrics: { loss: [{ value: (i * 7) % 5, step: 1 }], acc: i / 10 },
      params: { model: i % 2 ? 'lr' : 'tree' },
      deleted: i % 4 === 0,
    })),
  );
  const seen: string[] = [];
  const recording = Object.assign(async (request: Request) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    return handler(request);
  }, handler);
  const server = await startReference(recording);
  try {
    const environment = { TARGET_URL: server.url, TARGET_PROFILE: 'oci', SUITE_MODE: 'readonly', SUITE_TIER: 'smoke' };
    const { run, report } = await certifyInto<{ verdict: string; requirements: { id: string; verdict: string }[] }>('reports/readonly-test', environment);
    const writes = seen.filter((line) => [...WRITE_ENDPOINTS].some((endpoint) => line.endsWith(`/mlflow/${endpoint}`)));
    expect(writes).toEqual([]);
    expect(seen.some((line) => line.endsWith('/mlflow/runs/search'))).toBe(true);
    const verdictOf = (id: string) => report.requirements.find((r) => r.id === id)?.verdict;
    expect(verdictOf('PAGE-EXHAUSTION')).toBe('PASS');
    expect(verdictOf('VIEW-ALL')).toBe('PASS');
    expect(verdictOf('FILTER-AND')).toBe('PASS');
    expect(verdictOf('RESP-INT64-EXACT')).toBe('NOT_APPLICABLE');
    expect(run.status).toBe(report.verdict === 'CERTIFIED' ? 0 : 1);
  } finally {
    await server.close();
  }
});
