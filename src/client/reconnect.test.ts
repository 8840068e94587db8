/** A reset before any answer (a stale keep-alive connection) is sent again once, never twice. */
import { expect, test, request as playwrightRequest } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadTarget } from '../config';
import { SearchClient } from './client';
import { httpTransport } from './transport';

/** Answers {"runs":[]} except that the first `resets` requests have their connection destroyed unanswered. */
async function serverResetting(resets: number): Promise<{ url: string; server: Server; seen: () => number }> {
  let seen = 0;
  const server = createServer((req, res) => {
    seen += 1;
    req.resume();
    if (seen <= resets) {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"runs":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen: () => seen };
}

for (const transport of ['node http', 'playwright'] as const) {
  for (const [resets, outcome] of [
    [0, 'answered at once'],
    [1, 'answered on the second connection'],
    [2, 'a second reset is thrown'],
  ] as const) {
    test(`${transport}: ${resets} reset(s) before the answer: ${outcome}`, async () => {
      const { url, server, seen } = await serverResetting(resets);
      const context = await playwrightRequest.newContext();
      try {
        const target = loadTarget({ SUITE_SEED: '1', TARGET_URL: url, TARGET_PROFILE: 'mlflow' });
        const client = new SearchClient(transport === 'playwright' ? context : httpTransport(), target);
        const search = client.searchRuns({ experiment_ids: ['1'] });
        if (resets < 2) {
          expect((await search).status).toBe(200);
          expect(client.reconnected).toBe(resets);
          expect(client.exchanges.filter((e) => e.error !== undefined)).toHaveLength(resets);
        } else {
          await expect(search).rejects.toThrow(/ECONNRESET|socket hang up|other side closed/);
        }
        expect(seen()).toBe(Math.min(resets + 1, 2));
      } finally {
        await context.dispose();
        server.close();
      }
    });
  }
}
