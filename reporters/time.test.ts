import { test, expect } from '@playwright/test';
import { breakdownLine, parseTestCost, progressLine, timeBreakdown, type TestCost } from './time';

const cost = (wallMs: number, server: number, seed: number): TestCost => ({
  wallMs,
  requests: 10,
  bytesReceived: 500_000,
  ms: { server, parse: 100, validate: 50, oracle: 25, seed },
});

test.describe('the time breakdown', () => {
  test('sums the tests and keeps what no kind accounts for', () => {
    const time = timeBreakdown([cost(1000, 400, 0), cost(3000, 1200, 1000)], 2500);
    expect(time).toEqual({
      wallMs: 2500,
      testMs: 4000,
      requests: 20,
      bytesReceived: 1_000_000,
      ms: { server: 1600, parse: 200, validate: 100, oracle: 50, seed: 1000 },
      otherMs: 1050,
    });
    expect(breakdownLine(time)).toBe(
      'time 2.5 s · 20 requests · 1.0 MB received · of 4.0 s in tests: server 40%, parsing 5%, validation 3%, oracle 1%, seeding 25%, the rest 26%',
    );
  });

  test('progress estimates the rest from the pace so far', () => {
    expect(progressLine(25, 100, 10_000)).toBe('[25/100 tests] 10 s, about 30 s left');
    expect(progressLine(100, 100, 40_000)).toBe('[100/100 tests] 40 s');
  });

  test('a cost attachment that does not parse is ignored, not fatal', () => {
    expect(parseTestCost('{')).toBeUndefined();
    expect(parseTestCost('{"requests":1}')).toBeUndefined();
    expect(parseTestCost(JSON.stringify(cost(1, 1, 1)))?.requests).toBe(10);
  });
});
