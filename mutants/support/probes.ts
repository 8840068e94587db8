/**
 * A fixed corpus of requests that, together, expose every mutant: the unit tests send it to a
 * mutant and to the correct reference and require some answer to differ. The data holds what
 * faults hide behind: ties on start_time and on keys, missing keys, a deleted run and a deleted
 * experiment, a metric whose latest point is neither its last logged nor its largest, mixed-case
 * strings, an empty param value, int64 beyond 2^53, 1001 bare runs for the default page size, and
 * NaN, ±Infinity, 0 and 1 metrics (experiment 6).
 */
import type { ReferenceHandler } from '../../reference';
import { stringifyJson } from '../../reference';
import { ociBasePath } from '../../reference';
import { ORIGIN, seedRuns, send, type Answer } from '../../reference';
import { MUTATION_BEARER_TOKEN, type Configuration } from '../configurations';

const BEYOND_DOUBLE = 2n ** 53n + 1n;

/** Seeds the probe data set; run ids are then made deterministic so two servers agree on them. */
export function seedProbeData(handler: ReferenceHandler): void {
  const { store } = handler;
  const [a, b, gone, big, int64] = ['a', 'b', 'gone', 'big', 'int64'].map((name) => store.createExperiment(name).experimentId);
  const [r1] = seedRuns(handler, a!, [
    {
      name: 'r1',
      startTime: 1000,
      metrics: { m: [{ value: 1, step: 1, timestamp: 0 }, { value: 5, step: 0, timestamp: 1 }] },
      params: { p: '10', Model: 'Adam' },
      tags: { t: 'x', 'user-name': 'Tomas' },
    },
    { name: 'r2', startTime: 1000, metrics: { m: 2.5, 'a-b': 3, 'model class': 1 }, params: { p: '9' }, tags: { t: 'Y' } },
    { name: 'r3', startTime: 2000, metrics: { m: 10 }, params: { p: 'b' }, deleted: true },
    { name: 'r6', startTime: 1000, params: { p: 'B' } },
  ]);
  store.updateRun(r1!.runId, { status: 'FINISHED', endTime: 1500 });
  seedRuns(handler, b!, [
    { name: 'r4', startTime: 3000, metrics: { m: -1 }, tags: { t: 'x' } },
    { name: 'r5', startTime: 500, metrics: { m: 2 }, params: { p: 'a1', e: '' } },
  ]);
  seedRuns(handler, gone!, [{ name: 'r7', startTime: 4000, metrics: { m: 7 } }]);
  store.setExperimentStage(gone!, 'deleted');
  seedRuns(handler, big!, Array.from({ length: 1001 }, (_, i) => ({ name: `b${String(i).padStart(4, '0')}`, startTime: 1000 + Math.floor(i / 3) })));
  const [wide] = seedRuns(handler, int64!, [
    { name: 'r8', startTime: BEYOND_DOUBLE, metrics: { s: [{ value: 1.5, step: BEYOND_DOUBLE + 2n, timestamp: BEYOND_DOUBLE + 4n }] } },
  ]);
  store.updateRun(wide!.runId, { status: 'FINISHED', endTime: BEYOND_DOUBLE + 6n });
  const nonFinite = store.createExperiment('non-finite').experimentId;
  seedRuns(
    handler,
    nonFinite,
    [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 1].map((x, i) => ({ name: `n${i}`, startTime: 100 + i, metrics: { x } })),
  );

  // Deterministic ids, so run_id order is the same on both servers: r1 is 1, r2 is 2, … then b0000….
  const rank = (name: string) => `${name.startsWith('r') ? 0 : 1}${name}`;
  const runs = store.runsOf(store.experiments().map((e) => e.experimentId)).sort((x, y) => (rank(x.runName) < rank(y.runName) ? -1 : 1));
  runs.forEach((run, i) => {
    const id = (i + 1).toString(16).padStart(32, '0');
    run.artifactUri = run.artifactUri.replace(run.runId, id);
    run.runId = id;
  });
}

const E = ['1', '2', '3'];
const FILTERS = [
  'metrics.m > 2', 'metrics.m >= 2.5', 'metrics.m <= 2', 'metrics.m = 10', 'metrics.m > 9', 'metrics.m < -0.5',
  'metrics.m > -1.5', 'metrics.m > 1e0', 'metrics.m = 5', 'metrics.m = 1', 'metrics.absent > 0',
  "params.p = '10'", "params.p != '10'", "tags.t = 'x'", "tags.t != 'x'", "params.Model = 'adam'", "params.Model = 'Adam'",
  "metrics.m > 0 and params.p = '9'", "metrics.m > 0 AND params.p = '9'", 'metrics."a-b" > 1', "tags.\"user-name\" = 'Tomas'",
  'metrics.`a-b` > 1', 'params.p = "9"', "params.p LIKE 'b%'", "params.p ILIKE 'b%'", "params.Model LIKE '%da%'", "attributes.run_name LIKE 'r_'",
  "attributes.status = 'FINISHED'", "attributes.run_name = 'r1'", 'attributes.start_time > 1500',
  `attributes.run_id IN ('${'1'.padStart(32, '0')}', '${'2'.padStart(32, '0')}')`,
  `attributes.run_id NOT IN ('${'1'.padStart(32, '0')}', '${'2'.padStart(32, '0')}')`,
  'metrics.m >', 'metrics.m > 1 AND', '1 = 1', "params.p > 'a'", "metrics.m > 0 AND params.p > 'a'", "params.e = ''",
];
const ORDERS = [
  ['metrics.m'], ['metrics.m ASC'], ['metrics.m DESC'], ['metrics.m desc'], ['params.p'], ['params.p DESC'], ['params.p asc'],
  ['tags.t'], ['tags.t DESC'], ['tags.t', 'metrics.m DESC'], ['params.p', 'metrics.m'], ['attributes.start_time'],
  ['attributes.run_name DESC'], ['metrics.m', 'metrics.m'], ['metrics.m SIDEWAYS'],
  ['attributes.status'], ['attr.status'], ['attributes.end_time'], ['attributes.lifecycle_stage'],
];
const BODIES: unknown[] = [
  { experiment_ids: E },
  { experiment_ids: ['1'], run_view_type: 'ALL' },
  ...['ALL', 'ACTIVE_ONLY', 'DELETED_ONLY', 'BOGUS', 2].map((view) => ({ experiment_ids: E, run_view_type: view })),
  ...FILTERS.map((filter) => ({ experiment_ids: E, run_view_type: 'ALL', filter })),
  ...ORDERS.map((order_by) => ({ experiment_ids: E, run_view_type: 'ALL', order_by })),
  { experiment_ids: ['4'] },
  { experiment_ids: ['4'], max_results: 50_000 },
  { experiment_ids: ['5'] },
  { experiment_ids: ['999'] },
  { experiment_ids: ['6'] },
  ...['metrics.x = 0', 'metrics.x != 0', 'metrics.x >= 0'].map((filter) => ({ experiment_ids: ['6'], filter })),
  ...[['metrics.x'], ['metrics.x DESC']].map((order_by) => ({ experiment_ids: ['6'], order_by })),
  ...[1.5, -1, 'ten', 2 ** 31].map((max_results) => ({ experiment_ids: E, max_results })),
  ...['not-a-token', '%%%'].map((page_token) => ({ experiment_ids: E, page_token })),
  { experiment_ids: E, filter: 42 },
  { experiment_ids: E, order_by: 'metrics.m' },
  { experiment_ids: 'x' },
  { experiment_ids: E, extra: 1 },
];

/** One line per answer: status, the headers a fault can touch, the body. */
function line(what: string, answer: Answer): string {
  const h = answer.headers;
  const headers = ['content-type', 'opc-next-page', 'retry-after', 'www-authenticate'].map((name) => `${name}=${h.get(name) ?? ''}`);
  return `${what} → ${answer.status} ${headers.join(' ')} opc-request-id=${h.has('opc-request-id') ? 'present' : 'absent'} ${answer.text}`;
}

/** Every probe's answer from one server, in a fixed order. */
export async function transcript(handler: ReferenceHandler, configuration: Configuration): Promise<string[]> {
  const base = `${ORIGIN}${ociBasePath(handler.platformId, handler.workspaceKey)}/api/2.0/mlflow/runs/search`;
  const auth: Record<string, string> = configuration === 'auth' ? { authorization: `Bearer ${MUTATION_BEARER_TOKEN}` } : {};
  const post = (raw: string, headers: Record<string, string> = {}, url = base) =>
    send(handler, url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body: raw });
  const lines: string[] = [];

  for (const body of BODIES) lines.push(line(stringifyJson(body), await post(stringifyJson(body))));
  for (const maxResults of [1, 2, 3, 4, 7]) {
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const body = { experiment_ids: E, run_view_type: 'ALL', max_results: maxResults, ...(token ? { page_token: token } : {}) };
      const answer = await post(stringifyJson(body));
      lines.push(line(`walk ${maxResults} page ${page}`, answer));
      token = answer.json?.next_page_token;
      if (!token) break;
    }
  }
  const valid = stringifyJson({ experiment_ids: E, max_results: 2 });
  lines.push(line('not JSON', await post('{"experiment_ids": [')));
  lines.push(line('JSON array', await post('[]')));
  lines.push(line('text/plain', await post(valid, { 'content-type': 'text/plain' })));
  lines.push(line('unknown platform', await post(valid, {}, base.replace(/aiDataPlatforms\/[^/]+/, 'aiDataPlatforms/unknown'))));
  lines.push(line('unknown workspace', await post(valid, {}, base.replace(/workspaces\/[^/]+/, 'workspaces/unknown'))));
  lines.push(line('odd dh-user-principal', await post(valid, { 'dh-user-principal': 'not base64 at all!' })));
  lines.push(line('opc-request-id with _', await post(valid, { 'opc-request-id': 'rsc_request-ID_1' })));
  // Last, since they write: a run created, deleted, restored and deleted again, an experiment
  // deleted and restored, each followed by the searches that show where their runs went (by name: the new
  // run's id differs between servers).
  const write = (endpoint: string, body: unknown) => post(stringifyJson(body), {}, base.replace(/runs\/search$/, endpoint));
  const created = await write('runs/create', { experiment_id: '2', run_name: 'lc', start_time: 1 });
  const lc = (created.json as { run?: { info?: { run_id?: string } } } | undefined)?.run?.info?.run_id;
  const names = async (view: string) => {
    const answer = await post(stringifyJson({ experiment_ids: ['2'], run_view_type: view }));
    const runs = (answer.json as { runs?: { info: { run_name?: string } }[] } | undefined)?.runs ?? [];
    return `search ${view} → ${answer.status} ${runs.map((r) => r.info.run_name).join(',')}`;
  };
  for (const [endpoint, body, view] of [
    ['runs/delete', { run_id: lc }, 'DELETED_ONLY'],
    ['runs/restore', { run_id: lc }, 'ACTIVE_ONLY'],
    // Deleted on its own before its experiment: whether the experiment's restore brings it back is open.
    ['runs/delete', { run_id: lc }, 'DELETED_ONLY'],
    ['experiments/delete', { experiment_id: '2' }, 'DELETED_ONLY'],
    ['experiments/restore', { experiment_id: '2' }, 'ACTIVE_ONLY'],
  ] as const) {
    lines.push(`${endpoint} → ${(await write(endpoint, body)).status}; ${await names(view)}`);
  }
  if (configuration === 'auth') {
    lines.push(line('no credentials', await send(handler, base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: valid })));
    lines.push(line('wrong token', await post(valid, { authorization: 'Bearer wrong' })));
  }
  if (configuration === 'load') {
    // The handler's clock is frozen, so the limit's window never resets: the burst must hit it.
    for (let i = 0; i < 120; i++) lines.push(line(`burst ${i}`, await post(valid)));
  }
  return lines;
}
