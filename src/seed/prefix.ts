/**
 * Every experiment the suite creates is named `rsc-<lease-until>-<unique>-…`, so a later run can
 * find leftovers of a killed run by name and knows, from the name alone, whether their lease has
 * expired (and so no live run still uses them). Nothing without this prefix is ever touched.
 */
import { randomUUID } from 'node:crypto';
import type { Tier } from '../config';

export const SUITE_PREFIX = 'rsc-';

/** Longer than any run of the tier is allowed to take. */
const LEASE_MS: Record<Tier, number> = { smoke: 15 * 60_000, standard: 60 * 60_000, full: 6 * 60 * 60_000 };

export function newRunPrefix(tier: Tier, now = Date.now()): string {
  return `${SUITE_PREFIX}${now + LEASE_MS[tier]}-${randomUUID().slice(0, 8)}`;
}

/** The lease end encoded in a suite experiment name, or undefined for a name that is not ours. */
export function leaseUntil(experimentName: string): number | undefined {
  const match = /^rsc-(\d{13})-[0-9a-f]{8}(?:-|$)/.exec(experimentName);
  return match ? Number(match[1]) : undefined;
}
