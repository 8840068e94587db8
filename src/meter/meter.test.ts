import { test, expect } from '@playwright/test';
import { addCosts, beginCost, emptyCost, endCost, measure, measureAsync, startExchange } from '.';

/** A request that took `serverMs` (measured by the meter: the clock is faked by waiting). */
const exchange = (bytes: number, serverMs: number) => {
  const finished = startExchange();
  busy(serverMs);
  finished(bytes);
};

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

test.describe('the cost meter', () => {
  // Other unit tests in this worker send requests outside any meter; start from nothing.
  test.beforeEach(() => {
    endCost();
  });

  test('exchanges, and work charged to its kind once (nested work to the outer kind only)', () => {
    beginCost();
    exchange(1200, 6);
    exchange(800, 2);
    measure('parse', () => busy(5));
    measure('oracle', () => measure('parse', () => busy(5)));
    measure('oracle', () => measure('parse', () => 'nested, so charged to the oracle only'));
    const cost = endCost();
    expect(cost.requests).toBe(2);
    expect(cost.bytesReceived).toBe(2000);
    expect(cost.ms.server).toBeGreaterThanOrEqual(8);
    expect(cost.wallMs + 0.01).toBeGreaterThanOrEqual(cost.ms.server + cost.ms.parse + cost.ms.oracle);
    expect(cost.ms.parse).toBeGreaterThanOrEqual(5);
    // the nested parse was not charged twice: parse and oracle each hold one busy(5)
    expect(cost.ms.parse + cost.ms.oracle).toBeLessThan(cost.wallMs - cost.ms.server + 1);
    expect(cost.ms.oracle).toBeGreaterThanOrEqual(5);
  });

  test('seeding is charged whole, its requests still counted but their wait and parsing not again', async () => {
    beginCost();
    await measureAsync('seed', async () => {
      const finished = startExchange();
      await new Promise((resolve) => setTimeout(resolve, 10));
      finished(10);
      measure('parse', () => busy(5));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const cost = endCost();
    expect(cost.requests).toBe(1);
    expect(cost.ms.server).toBe(0);
    expect(cost.ms.parse).toBe(0);
    expect(cost.ms.seed).toBeGreaterThanOrEqual(34);
    expect(cost.ms.seed).toBeLessThanOrEqual(cost.wallMs);
  });

  test('work done between tests is charged to the next test; a test ends with a fresh meter', () => {
    endCost();
    exchange(5, 1);
    beginCost();
    expect(endCost().requests).toBe(1);
    expect(endCost().requests).toBe(0);
  });

  test('concurrent requests count once in the server time', async () => {
    beginCost();
    const wait = () => {
      const finished = startExchange();
      return new Promise<void>((resolve) => setTimeout(() => (finished(1), resolve()), 30));
    };
    await Promise.all([wait(), wait(), wait()]);
    const cost = endCost();
    expect(cost.requests).toBe(3);
    expect(cost.ms.server).toBeGreaterThanOrEqual(25);
    expect(cost.ms.server).toBeLessThan(80);
  });
});

test.describe('latency per query class', () => {
  test.beforeEach(() => {
    endCost();
  });

  test('a runs/search answer is recorded under each of its classes; other requests under none', () => {
    beginCost();
    const finished = startExchange();
    busy(3);
    finished(10, ['filter-metric', 'order-by']);
    startExchange()(10);
    const cost = endCost();
    expect(cost.requests).toBe(2);
    expect(Object.keys(cost.latency ?? {})).toEqual(['filter-metric', 'order-by']);
    expect(cost.latency?.['filter-metric']).toHaveLength(1);
    expect(cost.latency?.['filter-metric']![0]).toBeGreaterThanOrEqual(3);
    expect(cost.latency?.['order-by']).toEqual(cost.latency?.['filter-metric']);
    // Samples are rounded to 0.1 ms: the attachment stays short.
    expect(String(cost.latency?.['filter-metric']![0])).toMatch(/^\d+(\.\d)?$/);
    expect(endCost().latency).toEqual({});
  });

  test('costs add up their samples class by class', () => {
    const a = { ...emptyCost(), latency: { plain: [1, 2], page: [5] } };
    const b = { ...emptyCost(), latency: { plain: [3] } };
    expect(addCosts([a, b, emptyCost()]).latency).toEqual({ plain: [1, 2, 3], page: [5] });
  });
});
