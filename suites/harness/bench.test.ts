import { expect, test } from '@playwright/test';
import { requestsIn, spreadOf } from './bench';

test('spreadOf: the median of an odd and an even count, with the extremes', () => {
  expect(spreadOf([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
  expect(spreadOf([40, 10, 30, 20])).toEqual({ median: 25, min: 10, max: 40 });
  expect(() => spreadOf([])).toThrow();
});

test('requestsIn reads the line the global setup prints when the embedded server stops', () => {
  const output = 'CERTIFIED — …\nembedded reference server answered 1702 requests (runs/search 391, other 1311)\n';
  expect(requestsIn(output)).toEqual({ search: 391, other: 1311 });
  expect(requestsIn('certifying http://example.test')).toBeUndefined();
});
