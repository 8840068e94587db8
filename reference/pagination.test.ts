import { expect, test } from '@playwright/test';
import { createReferenceHandler } from './handler';
import type { Profile } from './model';
import { search, seedRuns, type RunSeed } from './test-support';

/** 23 runs over 4 start times and 3 metric values: ties everywhere, so only the run_id tiebreak separates them. */
function seeded() {
  const handler = createReferenceHandler();
  const { experimentId } = handler.store.createExperiment('pages');
  seedRuns(
    handler,
    experimentId,
    Array.from({ length: 23 }, (_, i): RunSeed => ({
      name: `r${i}`,
      startTime: 100 * (i % 4),
      metrics: i % 5 === 0 ? {} : { m: i % 3 },
      params: { p: String.fromCharCode(97 + (i % 2)) },
    })),
  );
  return { handler, experimentId };
}

async function walk(handler: ReturnType<typeof createReferenceHandler>, body: Record<string, unknown>, profile: Profile = 'oci') {
  const pages: string[][] = [];
  let pageToken: string | undefined;
  do {
    const answer = await search(handler, { ...body, ...(pageToken ? { page_token: pageToken } : {}) }, profile);
    expect(answer.status, answer.text).toBe(200);
    pageToken = answer.json.next_page_token;
    const header = answer.headers.get('opc-next-page');
    expect(header ?? undefined).toBe(profile === 'oci' ? pageToken : undefined);
    pages.push((answer.json.runs ?? []).map((run: any) => run.info.run_id));
    expect(pages.length).toBeLessThan(100);
  } while (pageToken);
  return pages;
}

const ORDERS = [[], ['metrics.m'], ['metrics.m DESC', 'params.p'], ['params.p DESC']];

for (const orderBy of ORDERS) {
  for (const maxResults of [1, 2, 3, 5, 7, 22, 23, 24, 1000]) {
    test(`walking pages of ${maxResults} with order_by ${JSON.stringify(orderBy)} yields every run once, in order`, async () => {
      const { handler, experimentId } = seeded();
      const query = { experiment_ids: [experimentId], order_by: orderBy };
      const whole = await search(handler, { ...query, max_results: 1000 });
      const expected = whole.json.runs.map((run: any) => run.info.run_id);
      expect(expected).toHaveLength(23);
      const pages = await walk(handler, { ...query, max_results: maxResults });
      expect(pages.flat()).toEqual(expected);
      expect(pages.length).toBe(Math.ceil(23 / maxResults));
      for (const page of pages) {
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(maxResults);
      }
    });
  }
}

test('a page that exactly ends the results carries no token (no trailing empty page)', async () => {
  const { handler, experimentId } = seeded();
  const first = await search(handler, { experiment_ids: [experimentId], max_results: 20 });
  const last = await search(handler, { experiment_ids: [experimentId], max_results: 3, page_token: first.json.next_page_token });
  expect(last.json.runs).toHaveLength(3);
  expect(last.json.next_page_token).toBeUndefined();
  expect(last.headers.get('opc-next-page')).toBeNull();
});

test('max_results may change between pages', async () => {
  const { handler, experimentId } = seeded();
  const all = (await search(handler, { experiment_ids: [experimentId] })).json.runs.map((r: any) => r.info.run_id);
  const first = await search(handler, { experiment_ids: [experimentId], max_results: 4 });
  const second = await search(handler, { experiment_ids: [experimentId], max_results: 10, page_token: first.json.next_page_token });
  expect([...first.json.runs, ...second.json.runs].map((r: any) => r.info.run_id)).toEqual(all.slice(0, 14));
});

test('the mlflow profile walks the same pages with the token in the body only', async () => {
  const { handler, experimentId } = seeded();
  const pages = await walk(handler, { experiment_ids: [experimentId], max_results: 5 }, 'mlflow');
  expect(pages.flat()).toHaveLength(23);
});

const OTHER_QUERIES: [string, Record<string, unknown>][] = [
  ['another filter', { filter: 'metrics.m >= 0' }],
  ['another order_by', { order_by: ['metrics.m'] }],
  ['other experiment_ids', { experiment_ids: ['999'] }],
  ['another run_view_type', { run_view_type: 'ALL' }],
];

for (const [title, change] of OTHER_QUERIES) {
  test(`a token used with ${title} is rejected with 400`, async () => {
    const { handler, experimentId } = seeded();
    const query = { experiment_ids: [experimentId], max_results: 5 };
    const token = (await search(handler, query)).json.next_page_token;
    expect(token).toEqual(expect.any(String));
    const answer = await search(handler, { ...query, ...change, page_token: token });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
  });
}

const TAMPERINGS: [string, (token: string) => string][] = [
  ['a flipped character', (t) => t.slice(0, 3) + (t[3] === 'A' ? 'B' : 'A') + t.slice(4)],
  ['a truncated token', (t) => t.slice(0, -2)],
  ['an appended character', (t) => `${t}A`],
  ['base64 padding', (t) => `${t}=`],
  ["MLflow's offset format", () => 'eyJvZmZzZXQiOiA1fQ=='],
  ['garbage', () => '!!not a token!!'],
  ['offset 0', () => Buffer.from('0:AAAAAAAAAAAAAAAAAAAAAA').toString('base64url')],
];

for (const [title, tamper] of TAMPERINGS) {
  test(`a page_token with ${title} is rejected with 400`, async () => {
    const { handler, experimentId } = seeded();
    const query = { experiment_ids: [experimentId], max_results: 5 };
    const token: string = (await search(handler, query)).json.next_page_token;
    const answer = await search(handler, { ...query, page_token: tamper(token) });
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('InvalidParameter');
  });
}
