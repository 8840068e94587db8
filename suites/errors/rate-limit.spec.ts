import { test } from '../harness';
import { Inconclusive, type ApiResponse } from '../../src/client';
import { check } from '../support';
import { checkErrorBody } from '../support';

/** The burst is bounded in count and time, whatever the target does. */
const BURST = { maxRequests: 300, maxMs: 15_000, concurrency: 16 };

test('ERR-429: under a bounded burst, a 429 carries the error body (opt-in with SUITE_ALLOW_LOAD=1)', async ({ client, target, requires }) => {
  requires('load');
  const started = Date.now();
  let sent = 0;
  let throttled: ApiResponse | undefined;
  let serverError: ApiResponse | undefined;
  const worker = async () => {
    while (!throttled && !serverError && sent < BURST.maxRequests && Date.now() - started < BURST.maxMs) {
      sent += 1;
      const response = await client.searchRuns({ experiment_ids: ['0'], max_results: 1 }, { backOffOn429: false, validate: false });
      if (response.status === 429) throttled ??= response;
      if (response.status >= 500) serverError ??= response;
    }
  };
  await Promise.all(Array.from({ length: BURST.concurrency }, worker));
  // "Too many requests sent to the server in a short period" is what 429 is documented for.
  check(!serverError, 'too many requests must be answered with 429, not a server error', {
    received: serverError && `${serverError.status} ${serverError.text.slice(0, 200)}`,
    expected: 429,
  });
  if (!throttled) throw new Inconclusive(`no 429 within ${sent} requests and ${Date.now() - started} ms`);
  checkErrorBody(throttled, target.profile, 'a 429');
  const retryAfter = throttled.headers['retry-after'];
  check(retryAfter === undefined || /^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)), 'Retry-After, when present, is seconds or an HTTP date', {
    received: retryAfter,
  });
  // Be polite before the next test: honour Retry-After (bounded) or pause briefly.
  const waitSeconds = retryAfter !== undefined && /^\d+$/.test(retryAfter) ? Math.min(Number(retryAfter), 10) : 1;
  await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
});
