/**
 * What a report says about the run itself: suite version, catalogue hash, seed and the (redacted)
 * target. An unsharded run reads it from the environment at its end (the global setup may have
 * chosen the seed); a sharded run carries it in the config metadata of each shard's blob, since the
 * merge step may run elsewhere, with another environment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExpectations, type Expectations } from '../src/expectations';
import { capabilities, describeTarget, loadTarget, type Capability, type Env, type Profile, type Target, PROJECT_ROOT } from '../src/config';

export interface Shard {
  current: number;
  total: number;
}

export interface RunInfo {
  suiteVersion: string;
  catalogueHash: string;
  /** Undefined only in shard metadata written without SUITE_SEED (the merge refuses it). */
  seed: number | undefined;
  /** describeTarget: no credentials, no userinfo. */
  target: Record<string, string | boolean | number>;
  /** Where replays go back to; undefined for the embedded reference server (gone after the run). */
  targetUrl: string | undefined;
  profile: Profile;
  tier: Target['tier'];
  mode: Target['mode'];
  auth: Target['auth']['kind'];
  platformId: string;
  workspaceKey: string;
  strict: boolean;
  capabilities: Capability[];
  implementation?: string;
  /** SUITE_EXPECTATIONS, loaded where the tests ran, so a merge elsewhere gates with the same entries. */
  expectations?: { expectations: Expectations; strict: boolean };
  shard?: Shard;
}

export const SUITE_VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
const METADATA_KEY = 'runs-search-conformance';

export function runInfoOf(target: Target, catalogueHash: string, seed: number | undefined = target.seed, shard?: Shard): RunInfo {
  const described = describeTarget(target);
  return {
    suiteVersion: SUITE_VERSION,
    catalogueHash,
    seed,
    target: { ...described, ...(seed === undefined ? {} : { seed }) },
    targetUrl: target.embedded ? undefined : String(described.url),
    profile: target.profile,
    tier: target.tier,
    mode: target.mode,
    auth: target.auth.kind,
    platformId: target.platformId,
    workspaceKey: target.workspaceKey,
    strict: target.strict,
    capabilities: [...capabilities(target)].sort(),
    ...(target.implementation ? { implementation: target.implementation } : {}),
    ...(target.expectations ? { expectations: { expectations: loadExpectations(target.expectations.file), strict: target.expectations.strict } } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** `--shard=2/3` or `--shard 2/3` on the command line of `playwright test`; null otherwise. */
export function shardOf(argv: readonly string[]): Shard | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--shard=') ? arg.slice('--shard='.length) : arg === '--shard' ? argv[i + 1] : undefined;
    const match = value?.match(/^(\d+)\/(\d+)$/);
    if (match) return { current: Number(match[1]), total: Number(match[2]) };
  }
  return null;
}

/**
 * The config metadata of a shard: its run info under a key of its own (the merge keeps every key
 * of every shard, but one value per key). Throws without SUITE_SEED: each shard would draw its own.
 */
export function shardMetadata(env: Env, shard: Shard, catalogueHash: string): Record<string, RunInfo> {
  if (!env.SUITE_SEED) throw new Error(`SUITE_SEED must be set when sharding (shard ${shard.current}/${shard.total}): every shard must generate the same cases`);
  const target = loadTarget(env);
  return { [`${METADATA_KEY}@${shard.current}/${shard.total}`]: runInfoOf(target, catalogueHash, target.seed, shard) };
}

/** The run info of every shard found in (merged) config metadata. */
export function shardInfos(metadata: Record<string, unknown>): RunInfo[] {
  return Object.entries(metadata)
    .filter(([key]) => key.startsWith(`${METADATA_KEY}@`))
    .map(([, value]) => value as RunInfo)
    .sort((a, b) => (a.shard?.current ?? 0) - (b.shard?.current ?? 0));
}

/** Why the shards cannot be merged into one certification: missing shards, or shards of different runs. */
export function shardProblems(infos: readonly RunInfo[]): string[] {
  if (infos.length === 0) return [];
  const problems: string[] = [];
  const total = infos[0]!.shard?.total ?? 0;
  const present = new Set(infos.map((i) => i.shard?.current));
  for (let current = 1; current <= total; current++) {
    if (!present.has(current)) problems.push(`shard ${current}/${total} is missing from the merge`);
  }
  const identity = (i: RunInfo) =>
    JSON.stringify([i.suiteVersion, i.catalogueHash, i.seed, i.target, i.platformId, i.workspaceKey, i.capabilities, i.expectations, i.shard?.total]);
  const first = identity(infos[0]!);
  for (const info of infos.slice(1)) {
    if (identity(info) === first) continue;
    const which = `shard ${info.shard?.current}/${info.shard?.total}`;
    problems.push(`${which} ran another configuration than shard ${infos[0]!.shard?.current} (seed, target, tier, suite, catalogue or expectations)`);
  }
  return problems;
}
