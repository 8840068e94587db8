/**
 * reference/ declares its own `Profile`: it imports nothing of src/, so that it stays independent
 * of the suite's oracle. The two declarations must still be one type; the compiler checks it
 * (`npm run typecheck` fails on this file when they differ), the test only makes it visible.
 */
import { test, expect } from '@playwright/test';
import type { Profile } from '../../src/config';
import type { Profile as ReferenceProfile } from '../../reference';

/** true exactly when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const profilesAgree: Same<Profile, ReferenceProfile> = true;

test('the reference server and the suite declare the same Profile type', () => {
  expect(profilesAgree).toBe(true);
});
