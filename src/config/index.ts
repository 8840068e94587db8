export * from './target';
export { ConfigError, loadTarget, readEnvironment, EMBEDDED_URL_VARIABLE, type Env } from './env';
export { PROJECT_ROOT } from './root';
