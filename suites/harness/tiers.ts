/**
 * How hard each requirement is tried, per tier; the tier never changes which requirements run.
 * standard is the release gate: at least 100 generated cases per property (fast-check's default).
 */
import type { Tier } from '../../src/config';

export interface TierBudget {
  /** fast-check numRuns for each property. */
  propertyRuns: number;
  /** Runs in the main generated data set. */
  dataSetRuns: { min: number; max: number };
  /** Per-test timeout. */
  testTimeoutMs: number;
  /** Runs of the page set (generators/page-set.ts): more than a default page of 1000 in every tier. */
  pageSetRuns: number;
  /** Runs seeded for the 50 000-run page (full tier only; smaller tiers check the limit is accepted). */
  largePageRuns: number;
}

export const TIER_BUDGETS: Record<Tier, TierBudget> = {
  smoke: { propertyRuns: 5, dataSetRuns: { min: 12, max: 16 }, testTimeoutMs: 60_000, pageSetRuns: 1100, largePageRuns: 0 },
  standard: { propertyRuns: 100, dataSetRuns: { min: 24, max: 32 }, testTimeoutMs: 180_000, pageSetRuns: 1100, largePageRuns: 0 },
  full: { propertyRuns: 1000, dataSetRuns: { min: 60, max: 120 }, testTimeoutMs: 1_800_000, pageSetRuns: 1100, largePageRuns: 50_000 },
};
