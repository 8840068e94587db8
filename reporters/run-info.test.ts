import { expect, test } from '@playwright/test';
import { loadTarget } from '../src/config';
import { runInfoOf, shardInfos, shardMetadata, shardOf, shardProblems } from './run-info';

const env = { SUITE_SEED: '9', SUITE_TIER: 'smoke' };

test.describe('shards', () => {
  test('the shard comes from the command line, in either spelling', () => {
    expect(shardOf(['node', 'playwright', 'test', '--shard=2/3'])).toEqual({ current: 2, total: 3 });
    expect(shardOf(['node', 'playwright', 'test', '--shard', '1/2', 'suites/x'])).toEqual({ current: 1, total: 2 });
    expect(shardOf(['node', 'playwright', 'test'])).toBeNull();
  });

  test('a shard carries its run info under a key of its own, and refuses to run without a seed', () => {
    const metadata = shardMetadata(env, { current: 2, total: 3 }, 'h');
    expect(Object.keys(metadata)).toEqual(['runs-search-conformance@2/3']);
    expect(shardInfos({ ...metadata, actualWorkers: 2 })).toEqual([expect.objectContaining({ seed: 9, tier: 'smoke', shard: { current: 2, total: 3 } })]);
    expect(() => shardMetadata({}, { current: 1, total: 2 }, 'h')).toThrow('SUITE_SEED must be set when sharding (shard 1/2)');
  });

  const shard = (current: number, seed = '9') => runInfoOf(loadTarget({ ...env, SUITE_SEED: seed }), 'h', undefined, { current, total: 3 });
  test('the merge names missing shards and shards of another run', () => {
    expect(shardProblems([shard(1), shard(2), shard(3)])).toEqual([]);
    expect(shardProblems([shard(1), shard(3)])).toEqual(['shard 2/3 is missing from the merge']);
    expect(shardProblems([shard(1), shard(2), shard(3, '10')])).toEqual([
      'shard 3/3 ran another configuration than shard 1 (seed, target, tier, suite, catalogue or expectations)',
    ]);
  });
});
