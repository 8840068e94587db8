/**
 * run_view_type cases:
 *
 *   viewSlice          := experiments (a non-empty subset) × filter (see viewSlice: none, as drawn today)
 *   lifecycleViewCase  := experiments × (ACTIVE_ONLY, active | DELETED_ONLY, deleted)
 *   invalidRunViewType := text that is none of the three names | a near miss in case or length | a number
 */
import fc from 'fast-check';
import type { DataSet, RunViewType } from '../src/oracle';
import { validFilter } from './filter';

interface Slicable extends Pick<DataSet, 'runs'> {
  experimentIds: string[];
}

const ALLOWED = new Set(['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL']);

/** The views whose runs report one lifecycle_stage, and that stage. */
export const LIFECYCLE_VIEWS = [
  { name: 'ACTIVE_ONLY', stage: 'active' },
  { name: 'DELETED_ONLY', stage: 'deleted' },
] as const satisfies readonly { name: RunViewType; stage: string }[];

export type LifecycleView = { name: RunViewType; stage: string };

/**
 * Some experiments, and a filter meant to come as often as not. fast-check 4 gives the value of
 * fc.option a weight of freq - 1, so `freq: 1` draws no filter at all: the VIEW-* properties judge
 * unfiltered slices only. Kept as the specs drew it (same seed, same cases, same signatures);
 * drawing filters is a change of what those checks judge, for its own commit.
 */
export function viewSlice(data: Slicable): fc.Arbitrary<{ experimentIds: string[]; filter: string | undefined }> {
  return fc.record({
    experimentIds: fc.subarray(data.experimentIds, { minLength: 1 }),
    filter: fc.option(validFilter(data), { nil: undefined, freq: 1 }),
  });
}

export function lifecycleViewCase(data: Pick<Slicable, 'experimentIds'>): fc.Arbitrary<{ experimentIds: string[]; view: LifecycleView }> {
  return fc.record({
    experimentIds: fc.subarray(data.experimentIds, { minLength: 1 }),
    view: fc.constantFrom<LifecycleView>(...LIFECYCLE_VIEWS),
  });
}

/** Values outside the three names: a server must refuse them (400), not read them as a default view. */
export function invalidRunViewType(): fc.Arbitrary<string | number> {
  return fc.oneof(
    fc.string({ maxLength: 12 }).filter((v) => !ALLOWED.has(v)),
    fc.constantFrom('active_only', 'Deleted_Only', 'all', 'ACTIVE', 'DELETED'),
    fc.integer({ min: -3, max: 10 }),
  );
}
