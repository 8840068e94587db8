/** Expectation files: the failures a team (or the suite, for its peers) accepts for now, which the gate compares a run with. */
export * from './types';
export { EXPECTATIONS_SCHEMA_FILE, loadExpectations, shownFile, type LoadOptions } from './load';
