import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { ConfigError, loadTarget, parseWorkers, type Env } from './env';

const base: Env = { SUITE_SEED: '42' };

test.describe('loadTarget', () => {
  test('defaults: embedded reference server, oci profile, seed mode, standard tier, no auth', () => {
    const target = loadTarget(base);
    expect(target).toMatchObject({ embedded: true, profile: 'oci', mode: 'seed', tier: 'standard', auth: { kind: 'none' }, seed: 42 });
  });

  test('a TARGET_URL is validated and kept without a trailing slash', () => {
    expect(loadTarget({ ...base, TARGET_URL: 'https://staging.example.test/prefix/' }).baseUrl).toBe('https://staging.example.test/prefix');
  });

  test('SUITE_EXPECTATIONS is resolved from the working directory; SUITE_EXPECTATIONS_STRICT=1 makes it strict', () => {
    expect(loadTarget(base).expectations).toBeUndefined();
    expect(loadTarget({ ...base, SUITE_EXPECTATIONS: 'package.json' }).expectations).toEqual({ file: resolve('package.json'), strict: false });
    expect(loadTarget({ ...base, SUITE_EXPECTATIONS: 'package.json', SUITE_EXPECTATIONS_STRICT: '1' }).expectations?.strict).toBe(true);
  });

  const BAD: Array<[string, Env, RegExp]> = [
    ['a URL that does not parse', { TARGET_URL: 'not a url' }, /^TARGET_URL is not a valid URL/],
    ['a URL of another scheme', { TARGET_URL: 'ftp://host' }, /^TARGET_URL must be an http or https URL/],
    ['an unknown profile', { TARGET_PROFILE: 'bogus' }, /^TARGET_PROFILE must be one of oci, mlflow \(got 'bogus'\)$/],
    ['bearer without a token', { TARGET_URL: 'http://127.0.0.1:1', TARGET_AUTH: 'bearer' }, /^TARGET_TOKEN is required when TARGET_AUTH=bearer$/],
    ['basic without a password', { TARGET_URL: 'http://127.0.0.1:1', TARGET_AUTH: 'basic', TARGET_USERNAME: 'u' }, /^TARGET_PASSWORD is required/],
    ['oci signing with a missing config file', { TARGET_URL: 'http://127.0.0.1:1', TARGET_AUTH: 'oci', TARGET_OCI_CONFIG_FILE: '/nonexistent/oci' }, /^TARGET_OCI_CONFIG_FILE does not exist/],
    ['an unknown tier', { SUITE_TIER: 'huge' }, /^SUITE_TIER must be one of smoke, standard, full/],
    ['an unknown mode', { SUITE_MODE: 'write' }, /^SUITE_MODE must be one of seed, readonly/],
    ['a flag that is not 0 or 1', { SUITE_ALLOW_LOAD: 'yes' }, /^SUITE_ALLOW_LOAD must be 1 or 0/],
    ['a seed that is not an integer', { SUITE_SEED: '1.5' }, /^SUITE_SEED must be an integer/],
    ['an expectation file that does not exist', { SUITE_EXPECTATIONS: '/nonexistent/expectations.yaml' }, /^SUITE_EXPECTATIONS names no file \(got '\/nonexistent\/expectations.yaml'\)$/],
    ['strict expectations without a file', { SUITE_EXPECTATIONS_STRICT: '1' }, /^SUITE_EXPECTATIONS_STRICT=1 needs SUITE_EXPECTATIONS/],
    ['a strict flag that is not 0 or 1', { SUITE_EXPECTATIONS: 'package.json', SUITE_EXPECTATIONS_STRICT: 'true' }, /^SUITE_EXPECTATIONS_STRICT must be 1 or 0/],
    ['no workers', { SUITE_WORKERS: '0' }, /^SUITE_WORKERS must be a whole number from 1 to 16 \(got '0'\)$/],
    ['workers that are not a number', { SUITE_WORKERS: 'many' }, /^SUITE_WORKERS must be a whole number from 1 to 16/],
    ['auth on the embedded server', { TARGET_AUTH: 'bearer', TARGET_TOKEN: 't' }, /^TARGET_AUTH=bearer needs TARGET_URL/],
  ];
  for (const [what, env, message] of BAD) {
    test(`rejects ${what} with one line naming the variable`, () => {
      let error: unknown;
      try {
        loadTarget({ ...base, ...env });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    });
  }
});

test('workers: two for the oci profile and by default, three for a self-hosted mlflow server, SUITE_WORKERS over both', () => {
  expect(parseWorkers({})).toBe(2);
  expect(parseWorkers({ TARGET_PROFILE: 'oci' })).toBe(2);
  expect(parseWorkers({ TARGET_PROFILE: 'mlflow' })).toBe(3);
  expect(parseWorkers({ TARGET_PROFILE: 'mlflow', SUITE_WORKERS: '1' })).toBe(1);
  expect(parseWorkers({ TARGET_PROFILE: 'oci', SUITE_WORKERS: '5' })).toBe(5);
});
