import { test, expect } from '@playwright/test';
import { mapLimit } from '.';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe('mapLimit', () => {
  test('keeps the order of the items, whatever order the calls finish in', async () => {
    const results = await mapLimit([30, 10, 20, 0], 2, async (ms) => {
      await tick(ms);
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 0]);
  });

  test('never has more than the limit in flight, and reaches the limit', async () => {
    let running = 0;
    let most = 0;
    await mapLimit(Array.from({ length: 9 }, (_, i) => i), 3, async () => {
      most = Math.max(most, ++running);
      await tick(5);
      running--;
    });
    expect(most).toBe(3);
  });

  test('starts the calls in the order given', async () => {
    const started: number[] = [];
    await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick(n % 2 ? 10 : 1);
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  test('an empty list and a limit above its length', async () => {
    expect(await mapLimit([], 4, async (n: number) => n)).toEqual([]);
    expect(await mapLimit([1, 2], 10, async (n) => n + 1)).toEqual([2, 3]);
  });

  test('a rejection rejects the whole', async () => {
    await expect(mapLimit([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n))).rejects.toThrow('two');
  });

  test('a limit below 1 (or not a number) is refused rather than mapping nothing', async () => {
    await expect(mapLimit([1], 0, async (n) => n)).rejects.toThrow(RangeError);
    await expect(mapLimit([1], Number.NaN, async (n) => n)).rejects.toThrow(RangeError);
  });
});
