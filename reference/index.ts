/**
 * The bundled reference server, as the harness, the mutants and the scripts use it: the handler,
 * its Node server and `startReference`, behaviour switches, auth, and the pieces a one-fault mutant replaces.
 * `main.ts` is the command-line entry and is not exported (it starts a server on import).
 */
export * from './auth-credentials';
export * from './auth';
export * from './behaviour';
export * from './errors';
export * from './handler';
export * from './int64';
export * from './json';
export * from './match';
export * from './model';
export * from './node';
export * from './order';
export * from './routes';
export * from './search-request';
export * from './start';
export * from './test-support';
