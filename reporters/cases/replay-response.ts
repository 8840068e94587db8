/**
 * Replays a `response` case: re-sends the recorded request and judges the answer with the
 * recorded expectation. A request that names experiments is preceded by a plain search of them:
 * if the target cannot even search them (they were the run's own, now gone, or this target never
 * had them), the rejection check cannot be judged here, and the replay says so instead of guessing.
 */
import { request } from '@playwright/test';
import { formatExchange, SearchClient, type SendOptions } from '../../src/client';
import { parseJson } from '../../src/json';
import { EMBEDDED_URL_VARIABLE, loadTarget, type Env } from '../../src/config';
import { startReference } from '../../reference';
import { differences } from './expectation';
import type { CaseFile, CaseRequest } from './format';

export type Outcome = { verdict: 'FIXED' | 'STILL FAILING' | 'ERROR'; lines: string[] };

function experimentIdsOf(req: CaseRequest): unknown[] | undefined {
  if (req.endpoint !== 'runs/search' || req.body === undefined) return undefined;
  try {
    const body = parseJson(req.body) as { experiment_ids?: unknown };
    return Array.isArray(body?.experiment_ids) && body.experiment_ids.length > 0 ? body.experiment_ids : undefined;
  } catch {
    return undefined;
  }
}

async function withTarget<T>(env: Env, use: (env: Env) => Promise<T>): Promise<T> {
  if (env.TARGET_URL) return use(env);
  const server = await startReference();
  try {
    return await use({ ...env, [EMBEDDED_URL_VARIABLE]: server.url });
  } finally {
    await server.close();
  }
}

export async function replayResponse(kase: CaseFile, env: Env): Promise<Outcome> {
  if (kase.check.kind !== 'response') throw new Error('not a response case');
  const { expect } = kase.check;
  const req = kase.requests[kase.check.request]!;
  return withTarget(env, async (targetEnv) => {
    const target = loadTarget(targetEnv);
    const context = await request.newContext({ timeout: 60_000 });
    try {
      const client = new SearchClient(context, target, 'replay');
      const experiments = experimentIdsOf(req);
      if (experiments) {
        const control = await client.searchRuns({ experiment_ids: experiments }, { validate: false });
        if (control.status !== 200) {
          return {
            verdict: 'ERROR',
            lines: [
              `cannot judge here: a plain search of the experiments the case names got ${control.status}, not 200`,
              `(they were created by the certification run and deleted after it, or never existed on this target)`,
              `re-run the test instead: ${kase.rerun}`,
            ],
          };
        }
      }
      const { 'content-type': contentType, ...headers } = req.headers;
      const url = req.endpoint !== undefined ? client.url(req.endpoint) : target.baseUrl + req.path;
      const answer = await client.send(url, {
        method: req.method as SendOptions['method'],
        ...(req.body !== undefined ? { rawBody: req.body } : {}),
        contentType: contentType ?? null,
        headers,
      });
      const diff = differences(expect, answer, target.profile);
      const exchange = formatExchange(answer.exchange);
      const recorded = req.recorded && 'status' in req.recorded ? `recorded ${req.recorded.status}` : 'recorded without an answer';
      const wanted = `expected ${expect.status.join(' or ')}${expect.errorBody ? ' with the error body' : ''}`;
      return diff.length === 0
        ? { verdict: 'FIXED', lines: [exchange, `${kase.requirement}: ${wanted}, received ${answer.status} (${recorded})`] }
        : { verdict: 'STILL FAILING', lines: [exchange, `${kase.requirement}: ${wanted} (${recorded})`, ...diff.map((d) => `  - ${d}`)] };
    } finally {
      await context.dispose();
    }
  });
}
