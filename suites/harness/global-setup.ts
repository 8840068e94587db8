/**
 * Runs once before any worker: validates the configuration (one clear line and exit 2 on a bad
 * setting), fixes the seed for every worker, starts the bundled reference server when no
 * TARGET_URL is given, checks the target answers and accepts our credentials (one verdict instead
 * of a cascade of failures), and sweeps what earlier killed runs left behind. Its teardown deletes
 * the data set the workers shared.
 */
import type { FullConfig } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { ConfigError, EMBEDDED_URL_VARIABLE, describeTarget, loadTarget, readEnvironment, type Target } from '../../src/config';
import { httpTransport, SearchClient } from '../../src/client';
import { sweepLeftovers } from '../../src/seed';
import { loadCatalogue } from '../../src/catalogue';
import { DataFileError } from '../../src/contract';
import { loadExpectations } from '../../src/expectations';
import { createReferenceHandler, startReference, type ReferenceHandler } from '../../reference';
import { deleteSharedData, makeSharedDataFolder } from './shared-data';

function stop(message: string): never {
  console.error(`\nruns-search-conformance: ${message}\n`);
  process.exit(2);
}

/** Printed when the embedded reference server stops; `npm run bench` reads it. */
export const REQUESTS_ANSWERED_PREFIX = 'embedded reference server answered';

/** The handler, counting what it answers: runs/search and everything else (seeding, cleanup). */
function countingHandler(handler: ReferenceHandler, counts: { search: number; other: number }): ReferenceHandler {
  const counting = async (request: Request) => {
    if (new URL(request.url).pathname.endsWith('/mlflow/runs/search')) counts.search += 1;
    else counts.other += 1;
    return handler(request);
  };
  return Object.assign(counting, { store: handler.store, behaviour: handler.behaviour, platformId: handler.platformId, workspaceKey: handler.workspaceKey });
}

async function startEmbeddedReference(): Promise<() => Promise<void>> {
  const counts = { search: 0, other: 0 };
  const started = await startReference(countingHandler(createReferenceHandler({}), counts));
  process.env[EMBEDDED_URL_VARIABLE] = started.url;
  return async () => {
    await started.close();
    console.log(`${REQUESTS_ANSWERED_PREFIX} ${counts.search + counts.other} requests (runs/search ${counts.search}, other ${counts.other})`);
  };
}

/** The first request decides whether the target is reachable and lets us in. */
async function preflight(target: Target): Promise<void> {
  {
    let client: SearchClient;
    try {
      // Builds the OCI signer, which reads the config file's key: a bad key is a configuration error.
      client = new SearchClient(httpTransport(), target, 'setup');
    } catch (error) {
      stop(`configuration error: ${(error as Error).message.split('\n')[0]}`);
    }
    let status: number;
    try {
      status = (await client.searchRuns({ experiment_ids: ['0'], max_results: 1 }, { validate: false })).status;
    } catch (error) {
      stop(`cannot reach the target at ${describeTarget(target).url}: ${(error as Error).message.split('\n')[0]}`);
    }
    if (status === 401 || status === 403)
      stop(`the target refused our credentials (HTTP ${status} with TARGET_AUTH=${target.auth.kind}); no test was run`);
    if (status === 404 && target.profile === 'oci')
      stop(`the target answered 404 for runs/search: check TARGET_URL, TARGET_PLATFORM_ID and TARGET_WORKSPACE_KEY`);
    if (target.mode === 'seed') {
      const swept = await sweepLeftovers(client);
      if (swept > 0) console.log(`swept ${swept} experiment(s) left behind by an earlier, interrupted run`);
    }
  }
}

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const env = readEnvironment();
  try {
    const expectations = loadTarget(env, { needSeed: false }).expectations;
    // A bad expectation file stops the run before any test, with the one line naming the entry.
    if (expectations) loadExpectations(expectations.file, { requirementIds: new Set(loadCatalogue().byId.keys()) });
  } catch (error) {
    if (error instanceof ConfigError) stop(`configuration error: ${error.message}`);
    if (error instanceof DataFileError) stop(`SUITE_EXPECTATIONS: ${error.message}`);
    throw error;
  }
  if (!env.SUITE_SEED) process.env.SUITE_SEED = String(randomInt(0, 2 ** 31));
  const closeEmbedded = env.TARGET_URL ? async () => {} : await startEmbeddedReference();
  let target: Target;
  try {
    target = loadTarget(readEnvironment());
  } catch (error) {
    await closeEmbedded();
    if (error instanceof ConfigError) stop(`configuration error: ${error.message}`);
    throw error;
  }
  console.log(
    `certifying ${describeTarget(target).url} ` +
      `(profile ${target.profile}, tier ${target.tier}, mode ${target.mode}) with SUITE_SEED=${target.seed}`,
  );
  await preflight(target);
  const shared = makeSharedDataFolder();
  return async () => {
    try {
      // The data every worker shared (shared-data.ts) outlives the workers: deleted here, once.
      await deleteSharedData(new SearchClient(httpTransport(), target, 'teardown'), shared);
    } finally {
      await closeEmbedded();
    }
  };
}
