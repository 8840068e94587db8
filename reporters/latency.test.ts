import { test, expect } from '@playwright/test';
import { emptyCost } from '../src/meter';
import { latencyByClass, latencyText, percentile, withoutSamples } from './latency';
import { sampleBundle } from './testing/sample';

test.describe('latency per query class', () => {
  test('nearest-rank percentiles: always a time that was seen', () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(ms, 0.5)).toBe(50);
    expect(percentile(ms, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });

  test('pools every test, keeps only the classes sent, in their fixed order', () => {
    const a = { ...emptyCost(), latency: { page: [4, 2], plain: [1, 3, 2] } };
    const b = { ...emptyCost(), latency: { plain: [10.04] } };
    const latency = latencyByClass([a, b, emptyCost()]);
    expect(Object.keys(latency)).toEqual(['plain', 'page']);
    expect(latency.plain).toEqual({ count: 4, p50: 2, p95: 10, max: 10 });
    expect(latency.page).toEqual({ count: 2, p50: 2, p95: 4, max: 4 });
    expect(latencyText('plain', latency.plain!)).toBe('plain 2/10/10 ms (n=4)');
  });

  test('the report pools the samples in `latency` and leaves them out of each test', () => {
    const { report } = sampleBundle();
    expect(report.latency.plain?.count).toBeGreaterThan(0);
    expect(report.latency['filter-metric']?.max).toBe(40);
    const tests = report.requirements.flatMap((r) => r.tests);
    expect(tests.some((t) => t.cost)).toBe(true);
    expect(tests.every((t) => t.cost?.latency === undefined)).toBe(true);
    const test = { title: 't', cost: { ...emptyCost(), wallMs: 1 } };
    expect(withoutSamples(test).cost).toEqual({ requests: 0, bytesReceived: 0, ms: emptyCost().ms, wallMs: 1 });
  });
});
