/**
 * Deleting what the suite created, and sweeping what a killed run left behind. Only experiments
 * named with the suite prefix are touched; a live run's experiments are spared until their lease
 * (encoded in the name) has expired.
 */
import type { SearchClient } from '../client';
import { leaseUntil, SUITE_PREFIX } from './prefix';

export async function deleteExperiments(client: SearchClient, experimentIds: readonly string[]): Promise<void> {
  for (const id of experimentIds) {
    const response = await client.call('experiments/delete', { experiment_id: id });
    // An experiment already deleted (by a sweep or a test) is fine; anything else is worth knowing.
    if (response.status >= 500) throw new Error(`experiments/delete ${id} failed with ${response.status}`);
  }
}

interface ListedExperiment {
  experiment_id: string;
  name: string;
}

/** Active suite experiments whose lease has expired (or all of ours, with force). */
export async function findLeftovers(client: SearchClient, { now = Date.now(), force = false } = {}): Promise<ListedExperiment[]> {
  const leftovers: ListedExperiment[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < 100; page++) {
    const response = await client.call('experiments/search', {
      filter: `name LIKE '${SUITE_PREFIX}%'`,
      max_results: 1000,
      view_type: 'ACTIVE_ONLY',
      ...(pageToken ? { page_token: pageToken } : {}),
    });
    if (response.status !== 200) throw new Error(`experiments/search failed with ${response.status}: ${response.text.slice(0, 300)}`);
    const body = (response.json ?? {}) as { experiments?: ListedExperiment[]; next_page_token?: string };
    for (const experiment of body.experiments ?? []) {
      const lease = leaseUntil(experiment.name);
      if (lease !== undefined && (force || lease < now)) leftovers.push(experiment);
    }
    pageToken = body.next_page_token || undefined;
    if (!pageToken) break;
  }
  return leftovers;
}

export async function sweepLeftovers(client: SearchClient, options: { now?: number; force?: boolean } = {}): Promise<number> {
  const leftovers = await findLeftovers(client, options);
  await deleteExperiments(client, leftovers.map((e) => e.experiment_id));
  return leftovers.length;
}
