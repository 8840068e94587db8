/** unissuedPageToken: never the token the server issued, never blank; its prefixes when there is one. */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { unissuedPageToken } from './page-token';

const ISSUED = 'eyJvZmZzZXQiOiAxMH0=';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

test('same seed, same tokens', () => {
  expect(fc.sample(unissuedPageToken(ISSUED), { seed: 3, numRuns: 50 })).toEqual(fc.sample(unissuedPageToken(ISSUED), { seed: 3, numRuns: 50 }));
});

test('never the issued token, never blank; the issued token cut short and base64 of random bytes both appear', () => {
  const tokens = fc.sample(unissuedPageToken(ISSUED), { seed: 4, numRuns: 400 });
  expect(tokens.filter((t) => t === ISSUED || t.trim() === '')).toEqual([]);
  const prefixes = tokens.filter((t) => ISSUED.startsWith(t) && t.length < ISSUED.length);
  expect(prefixes.length).toBeGreaterThan(tokens.length / 6);
  expect(tokens.filter((t) => BASE64.test(t) && !ISSUED.startsWith(t)).length).toBeGreaterThan(tokens.length / 6);
});

test('without an issued token, or with one too short to cut, only text and base64: the draws of no token at all', () => {
  const draw = (issued: string | null | undefined) => fc.sample(unissuedPageToken(issued), { seed: 5, numRuns: 200 });
  const none = draw(undefined);
  expect(none.filter((t) => t.trim() === '')).toEqual([]);
  expect(draw(null)).toEqual(none);
  expect(draw('ab')).toEqual(none);
  expect(draw('abc')).not.toEqual(none);
});
