/** The report side: Playwright reporters, the certification bundle, case files, replay and verification. */
export * from './cases/format';
export * from './cases/replay-environment';
export * from './cases/replay-rerun';
export * from './cases/replay-response';
export * from './config';
export * from './report';
export * from './run-info';
export * from './testing/run';
export * from './verify/verify';
export * from './compare/args';
export * from './compare/command';
export * from './compare/compare';
export * from './compare/load';
export * from './compare/render';
export * from './gate';
