export * from './target';
export { ConfigError, DEFAULT_WORKERS, loadTarget, parseWorkers, readEnvironment, EMBEDDED_URL_VARIABLE, SHARED_DATA_VARIABLE, type Env } from './env';
export { PROJECT_ROOT } from './root';
