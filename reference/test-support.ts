/** Helpers for the reference server's unit tests: requests to the pure handler, direct seeding. */
import type { ReferenceHandler } from './handler';
import type { Int64 } from './int64';
import { parseJson, stringifyJson } from './json';
import type { Profile, RunRecord } from './model';
import { ociBasePath } from './routes';

export const ORIGIN = 'http://reference.test';

export function endpointUrl(handler: ReferenceHandler, profile: Profile, endpoint: string): string {
  const base = profile === 'oci' ? ociBasePath(handler.platformId, handler.workspaceKey) : '';
  return `${ORIGIN}${base}/api/2.0/mlflow/${endpoint}`;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed losslessly, so int64 beyond 2^53 arrive as bigint. */
  json: any;
}

export async function send(handler: ReferenceHandler, url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await handler(new Request(url, init));
  const text = await response.text();
  let json: unknown;
  try {
    json = parseJson(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POST a JSON body (serialised exactly, bigints included) to an endpoint of a profile. */
export function call(
  handler: ReferenceHandler,
  endpoint: string,
  body: unknown,
  profile: Profile = 'oci',
  headers: Record<string, string> = {},
): Promise<Answer> {
  return send(handler, endpointUrl(handler, profile, endpoint), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: stringifyJson(body),
  });
}

export function search(handler: ReferenceHandler, body: Record<string, unknown>, profile: Profile = 'oci') {
  return call(handler, 'runs/search', body, profile);
}

export interface RunSeed {
  name: string;
  startTime?: Int64;
  metrics?: Record<string, number | { value: number; step?: Int64; timestamp?: Int64 }[]>;
  params?: Record<string, string>;
  tags?: Record<string, string>;
  deleted?: boolean;
}

/** Seeds runs straight into the store (fast, for large or exact data sets); returns them in order. */
export function seedRuns(handler: ReferenceHandler, experimentId: string, seeds: readonly RunSeed[]): RunRecord[] {
  return seeds.map((seed, index) => {
    const run = handler.store.createRun({ experimentId, runName: seed.name, startTime: seed.startTime ?? 1000 + index });
    const metrics = Object.entries(seed.metrics ?? {}).flatMap(([key, points]) =>
      (typeof points === 'number' ? [{ value: points }] : points).map((p) => ({
        key,
        value: p.value,
        step: p.step ?? 0,
        timestamp: p.timestamp ?? 0,
      })),
    );
    handler.store.logBatch(run.runId, {
      metrics,
      params: new Map(Object.entries(seed.params ?? {})),
      tags: new Map(Object.entries(seed.tags ?? {})),
    });
    if (seed.deleted) handler.store.setRunStage(run.runId, 'deleted');
    return run;
  });
}

/** Run names of a runs/search answer, in order. */
export function names(answer: Answer): string[] {
  return (answer.json?.runs ?? []).map((run: any) => run.info.run_name);
}
