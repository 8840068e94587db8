/**
 * What a child process inherits of this one's environment. The suite is configured only through
 * the environment, so a developer's TARGET_* / SUITE_* settings must reach a child only when a
 * caller passes them: otherwise a test or the mutation runner would certify whatever target the
 * developer's shell names.
 */
import type { Env } from '../config';

/**
 * - `clean` (the default): everything but TARGET_* and SUITE_*.
 * - `isolated`: `clean`, and also nothing of the Playwright test runner this may run inside
 *   (TEST_*, PW_*, PLAYWRIGHT_*, FORCE_COLOR, DEBUG), for a nested Playwright whose output or
 *   files a test reads.
 * - `all`: everything, for a command run on the user's behalf, whose settings are its input.
 */
export type Inheritance = 'clean' | 'isolated' | 'all';

const SUITE_SETTINGS = /^(TARGET|SUITE)_/;
const TEST_RUNNER = /^(TEST_|PW_|PLAYWRIGHT_)|^(FORCE_COLOR|DEBUG)$/;

/** The child's environment: the inherited part, then `explicit` over it (undefined removes a variable). */
export function childEnvironment(explicit: Env = {}, inherit: Inheritance = 'clean', parent: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept = (name: string) => inherit === 'all' || (!SUITE_SETTINGS.test(name) && (inherit === 'clean' || !TEST_RUNNER.test(name)));
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(parent).filter(([name]) => kept(name)));
  for (const [name, value] of Object.entries(explicit)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
