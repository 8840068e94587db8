/** Bounded concurrency: async work over a list, at most N at once, results in the list's order. */
export * from './pool';
