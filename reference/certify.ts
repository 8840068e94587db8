/**
 * Certifies the reference server behind credentials and, optionally, a rate limit: the paths the
 * embedded (auth-less) default target never takes. The server is started exactly as a user would
 * (`reference/main.ts` on a free loopback port) with throwaway credentials, and the suite is
 * pointed at it through TARGET_URL like any other target.
 *
 *   npx tsx reference/certify.ts --auth none|bearer|basic|oci [--rate-limit N/ms] [--profile oci|mlflow]
 *
 * With --rate-limit, SUITE_ALLOW_LOAD=1 is set, so ERR-429 is tried. Reports go to
 * reports/reference-<auth>[-rate-limited] unless SUITE_REPORTS_DIR is set; other SUITE_* settings
 * pass through. Exits with the certification's exit code (0 exactly when CERTIFIED).
 *
 * The one file of reference/ that imports from src/: src/process, to run the server and the suite
 * as child processes. The server itself imports nothing of src/ (src/layout.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { start, run, type Running } from '../src/process';
import { randomSecret, writeOciCredentials } from './auth-credentials';

const START_TIMEOUT_MS = 30_000;
const AUTH_KINDS = ['none', 'bearer', 'basic', 'oci'] as const;
type AuthKind = (typeof AUTH_KINDS)[number];

interface Setup {
  /** Flags of reference/main.ts. */
  serverArgs: string[];
  /** TARGET_* variables of the suite. */
  env: Record<string, string>;
}

/** Fresh credentials of the kind, as server flags and as the suite's environment. */
export function credentials(kind: AuthKind, dir: string): Setup {
  switch (kind) {
    case 'none':
      return { serverArgs: [], env: { TARGET_AUTH: 'none' } };
    case 'bearer': {
      const token = randomSecret('token');
      return { serverArgs: ['--auth', 'bearer', '--token', token], env: { TARGET_AUTH: 'bearer', TARGET_TOKEN: token } };
    }
    case 'basic': {
      const password = randomSecret('password');
      return {
        serverArgs: ['--auth', 'basic', '--username', 'rsc-user', '--password', password],
        env: { TARGET_AUTH: 'basic', TARGET_USERNAME: 'rsc-user', TARGET_PASSWORD: password },
      };
    }
    case 'oci': {
      const oci = writeOciCredentials(dir);
      return {
        serverArgs: ['--auth', 'oci', '--oci-key-id', oci.keyId, '--oci-public-key', oci.publicKeyFile],
        env: { TARGET_AUTH: 'oci', TARGET_OCI_CONFIG_FILE: oci.configFile, TARGET_OCI_PROFILE: oci.profile },
      };
    }
  }
}

/**
 * Starts reference/main.ts on a free loopback port; resolves with its URL once it listens. Its
 * stderr goes to ours; it inherits our whole environment, as a server a user starts would.
 */
export function spawnReference(args: string[]): Promise<{ url: string; server: Running }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let listening = false;
    const server = start(process.execPath, ['--import', 'tsx', 'reference/main.ts', '--port', '0', '--host', '127.0.0.1', ...args], {
      inherit: 'all',
      onOutput: (text, stream) => {
        if (stream === 'stderr') return void process.stderr.write(text);
        if (listening) return;
        stdout += text;
        const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
        if (!url) return;
        listening = true;
        clearTimeout(timer);
        resolve({ url, server });
      },
    });
    const fail = (error: Error) => {
      clearTimeout(timer);
      server.kill();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`the reference server did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    server.finished.then(
      (ran) => listening || fail(new Error(`the reference server exited (${ran.code}) before listening`)),
      fail,
    );
  });
}

/** The suite as a user runs it, on this terminal, with all of the user's settings (other SUITE_* pass through). */
async function runSuite(env: Record<string, string>): Promise<number> {
  const ran = await run('npx', ['playwright', 'test', '--config', 'playwright.config.ts'], { env, inherit: 'all', stdio: 'inherit' });
  return ran.code ?? (ran.signal ? 1 : 0);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { auth: { type: 'string' }, 'rate-limit': { type: 'string' }, profile: { type: 'string' } },
    strict: true,
  });
  const auth = values.auth as AuthKind;
  if (!AUTH_KINDS.includes(auth)) {
    console.error(`usage: certify-reference --auth ${AUTH_KINDS.join('|')} [--rate-limit N/ms] [--profile oci|mlflow]`);
    return 2;
  }
  const rateLimit = values['rate-limit'];
  const dir = mkdtempSync(join(tmpdir(), 'rsc-reference-'));
  let server: Running | undefined;
  try {
    const setup = credentials(auth, dir);
    const started = await spawnReference([...setup.serverArgs, ...(rateLimit ? ['--rate-limit', rateLimit] : [])]);
    server = started.server;
    const name = `reference-${auth}${rateLimit ? '-rate-limited' : ''}`;
    console.log(`certifying the reference server at ${started.url} with ${auth} auth${rateLimit ? ` and a rate limit of ${rateLimit} ms` : ''}`);
    return await runSuite({
      TARGET_URL: started.url,
      ...(values.profile ? { TARGET_PROFILE: values.profile } : {}),
      ...setup.env,
      SUITE_ALLOW_LOAD: rateLimit ? '1' : '0',
      SUITE_REPORTS_DIR: process.env.SUITE_REPORTS_DIR || `reports/${name}`,
    });
  } finally {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`certify-reference: ${error.message}`);
      process.exit(2);
    },
  );
}
