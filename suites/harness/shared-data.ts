/**
 * Seeded data shared by every worker process of one run. Playwright starts a new worker after each
 * failed test, and each used to write (and at its end delete) its own copy of the same generated
 * data set: against MLflow, with its 23 expected failures, that was most of the run's seeding.
 *
 * The global setup makes a folder for the run (SHARED_DATA_VARIABLE). The first worker to need a
 * data set takes its lock file, writes the data to the target and records what the server
 * assigned; every later worker reads the record. The data set itself is never stored: it is drawn
 * again from the run's seed (its NaN, ±Infinity and -0 would not survive JSON), and only the ids
 * are read back. The global teardown deletes every recorded experiment. The tests only read this
 * data (a test that writes seeds its own scratch experiments), so sharing it changes no answer.
 */
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchClient } from '../../src/client';
import { SHARED_DATA_VARIABLE } from '../../src/config';
import type { DataSet } from '../../src/oracle';
import { deleteExperiments, type SeededData } from '../../src/seed';


/** What a later worker needs to rebuild SeededData from the data set it draws itself. */
interface Record {
  prefix: string;
  experimentIds: string[];
  runIds: string[];
}

const POLL_MS = 50;

/** The run's folder, made fresh by the global setup (a value inherited from an outer run is replaced). */
export function makeSharedDataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'runs-search-shared-'));
  process.env[SHARED_DATA_VARIABLE] = folder;
  return folder;
}

export interface Shared {
  data: SeededData;
  /** Whether the caller must delete the data itself: only when no run folder is set. */
  owned: boolean;
}

/**
 * The data set under `name`, seeded by whichever worker comes first. Without a run folder (a
 * config without the global setup) the caller seeds its own copy and owns it.
 */
export async function sharedSeeding(name: string, data: DataSet, seed: () => Promise<SeededData>, folder = process.env[SHARED_DATA_VARIABLE]): Promise<Shared> {
  if (!folder || !existsSync(folder)) return { data: await seed(), owned: true };
  const recordFile = join(folder, `${name}.json`);
  const lockFile = join(folder, `${name}.lock`);
  for (;;) {
    if (existsSync(recordFile)) return { data: rebuild(data, JSON.parse(readFileSync(recordFile, 'utf8')) as Record), owned: false };
    if (takeLock(lockFile)) {
      try {
        const seeded = await seed();
        const record: Record = { prefix: seeded.prefix, experimentIds: seeded.experimentIds, runIds: seeded.runs.map((r) => r.runId) };
        // Written whole, then renamed: a reader never sees half a record.
        writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
        renameSync(`${recordFile}.tmp`, recordFile);
        return { data: seeded, owned: false };
      } catch (error) {
        // The next worker tries again (what this one wrote before failing waits for the lease sweep).
        unlinkSync(lockFile);
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Takes the lock, or frees it when the worker holding it has died (killed at a timeout) and returns false. */
function takeLock(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readIfThere(lockFile));
  if (holder > 0 && !alive(holder)) rmSync(lockFile, { force: true });
  return false;
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function rebuild(data: DataSet, record: Record): SeededData {
  if (record.runIds.length !== data.runs.length) throw new Error(`shared data: ${record.runIds.length} recorded run ids for ${data.runs.length} runs`);
  return {
    prefix: record.prefix,
    experiments: data.experiments,
    experimentIds: record.experimentIds,
    runs: data.runs.map((spec, i) => ({ ...spec, runId: record.runIds[i]!, experimentId: record.experimentIds[spec.experiment]! })),
  };
}

/** Deletes every recorded experiment (the global teardown), then the folder. */
export async function deleteSharedData(client: SearchClient, folder: string): Promise<void> {
  try {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const record = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record;
      await deleteExperiments(client, record.experimentIds);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
