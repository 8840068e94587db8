/** The Playwright harness of the suites: fixtures, typed outcomes, global setup, tiers. */
export * from './fixtures';
export * from './global-setup';
export * from './spawn-certification';
export * from './tiers';
export * from './bench';
