/**
 * The only reader of the environment. Turns TARGET_* and SUITE_* (from process.env, falling back
 * to a `.env` file in the working directory) into a validated Target, or throws a ConfigError
 * whose one-line message names the bad variable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { AUTH_KINDS, MODES, PROFILES, TIERS, type Auth, type Target } from './target';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

/** Set by the global setup when it starts the bundled reference server; not for users. */
export const EMBEDDED_URL_VARIABLE = 'SUITE_INTERNAL_EMBEDDED_URL';
/** Set by the global setup: the run's folder of data shared by its workers (suites/harness/shared-data.ts); not for users. */
export const SHARED_DATA_VARIABLE = 'SUITE_INTERNAL_SHARED_DATA';

export const REFERENCE_PLATFORM_ID = 'ocid1.aidataplatform.oc1..reference';
export const REFERENCE_WORKSPACE_KEY = 'reference-workspace';

/** process.env over the `.env` file: a variable set in the shell wins. */
export function readEnvironment(cwd = process.cwd()): Env {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...process.env };
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got '${raw}')`);
}

function required(env: Env, name: string, because: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(`${name} is required ${because}`);
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new ConfigError(`${name} must be 1 or 0 (got '${raw}')`);
}

function parseBaseUrl(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (got '${raw}')`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${name} must be an http or https URL (got '${url.protocol}')`);
  if (url.search || url.hash) throw new ConfigError(`${name} must not carry a query or fragment`);
  return url.toString().replace(/\/+$/, '');
}

function parseAuth(env: Env): Auth {
  const kind = oneOf(env, 'TARGET_AUTH', AUTH_KINDS, 'none');
  const because = `when TARGET_AUTH=${kind}`;
  switch (kind) {
    case 'none':
      return { kind };
    case 'bearer':
      return { kind, token: required(env, 'TARGET_TOKEN', because) };
    case 'basic':
      return {
        kind,
        username: required(env, 'TARGET_USERNAME', because),
        password: required(env, 'TARGET_PASSWORD', because),
      };
    case 'oci': {
      const configFile = required(env, 'TARGET_OCI_CONFIG_FILE', because);
      if (!existsSync(configFile)) throw new ConfigError(`TARGET_OCI_CONFIG_FILE does not exist: ${configFile}`);
      return { kind, configFile, profile: env.TARGET_OCI_PROFILE || 'DEFAULT' };
    }
  }
}

function parseSeed(raw: string | undefined): number {
  if (raw === undefined || raw === '') throw new ConfigError('SUITE_SEED is not set (the global setup chooses one)');
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    throw new ConfigError(`SUITE_SEED must be an integer (got '${raw}')`);
  return Number(raw) | 0;
}

function parseExperimentIds(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const ids = raw.split(',').map((id) => id.trim());
  if (ids.some((id) => id === '')) throw new ConfigError(`SUITE_EXPERIMENT_IDS must be a comma-separated list of ids (got '${raw}')`);
  return ids;
}

/** SUITE_EXPECTATIONS (a file that must exist) and SUITE_EXPECTATIONS_STRICT, which needs it. */
function parseExpectations(env: Env): Target['expectations'] {
  const raw = env.SUITE_EXPECTATIONS;
  const strict = flag(env, 'SUITE_EXPECTATIONS_STRICT');
  if (raw === undefined || raw === '') {
    if (strict) throw new ConfigError('SUITE_EXPECTATIONS_STRICT=1 needs SUITE_EXPECTATIONS (the expectation file it makes strict)');
    return undefined;
  }
  const file = resolve(raw);
  if (!existsSync(file) || !statSync(file).isFile()) throw new ConfigError(`SUITE_EXPECTATIONS names no file (got '${raw}')`);
  return { file, strict };
}

/** Playwright workers, one test at a time each: SUITE_WORKERS, 1–16. */
export const DEFAULT_WORKERS = 2;

/**
 * The default by profile. An OCI endpoint is rate-limited: two. A self-hosted MLflow-compatible
 * server (`mlflow server` starts four workers) takes three: with two, each server worker idled
 * while the suite read an answer and wrote the next request. Measured against MLflow 3.17.2 with
 * two uvicorn workers on this 2-core machine, standard tier: 220 s with two, 146-164 s with three,
 * 190 s with four.
 */
export const DEFAULT_WORKERS_BY_PROFILE: Record<(typeof PROFILES)[number], number> = { oci: DEFAULT_WORKERS, mlflow: 3 };

export function parseWorkers(env: Env): number {
  const raw = env.SUITE_WORKERS;
  if (raw === undefined || raw === '') return DEFAULT_WORKERS_BY_PROFILE[env.TARGET_PROFILE === 'mlflow' ? 'mlflow' : 'oci'];
  const workers = Number(raw);
  if (!/^\d+$/.test(raw) || workers < 1 || workers > 16) throw new ConfigError(`SUITE_WORKERS must be a whole number from 1 to 16 (got '${raw}')`);
  return workers;
}

/**
 * Validates everything but the seed and the embedded URL, which the global setup fills in.
 * `needSeed: false` lets the global setup validate before it has chosen a seed.
 */
export function loadTarget(env: Env, { needSeed = true } = {}): Target {
  const profile = oneOf(env, 'TARGET_PROFILE', PROFILES, 'oci');
  const explicitUrl = env.TARGET_URL;
  const embeddedUrl = env[EMBEDDED_URL_VARIABLE];
  const embedded = !explicitUrl;
  const baseUrl = explicitUrl
    ? parseBaseUrl(explicitUrl, 'TARGET_URL')
    : embeddedUrl
      ? parseBaseUrl(embeddedUrl, EMBEDDED_URL_VARIABLE)
      : 'http://127.0.0.1:0';
  const auth = parseAuth(env);
  if (embedded && auth.kind !== 'none')
    throw new ConfigError(`TARGET_AUTH=${auth.kind} needs TARGET_URL (the embedded reference server runs without auth)`);
  const userPrincipal = env.TARGET_USER_PRINCIPAL || undefined;
  const implementation = env.SUITE_IMPLEMENTATION || undefined;
  const experimentIds = parseExperimentIds(env.SUITE_EXPERIMENT_IDS);
  const expectations = parseExpectations(env);
  parseWorkers(env);
  return {
    baseUrl,
    embedded,
    profile,
    platformId: env.TARGET_PLATFORM_ID || REFERENCE_PLATFORM_ID,
    workspaceKey: env.TARGET_WORKSPACE_KEY || REFERENCE_WORKSPACE_KEY,
    auth,
    ...(userPrincipal ? { userPrincipal } : {}),
    mode: oneOf(env, 'SUITE_MODE', MODES, 'seed'),
    tier: oneOf(env, 'SUITE_TIER', TIERS, 'standard'),
    allowLoad: flag(env, 'SUITE_ALLOW_LOAD'),
    strict: flag(env, 'SUITE_STRICT'),
    seed: needSeed ? parseSeed(env.SUITE_SEED) : 0,
    ...(implementation ? { implementation } : {}),
    ...(experimentIds ? { experimentIds } : {}),
    ...(expectations ? { expectations } : {}),
  };
}
