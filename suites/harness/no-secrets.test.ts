import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomSecret } from '../../reference';
import type { AuthConfig } from '../../reference';
import { defaultBehaviour, type Behaviour } from '../../reference';
import { ApiError } from '../../reference';
import { createReferenceHandler, type ReferenceHandler } from '../../reference';
import { startReference } from '../../reference';
import { PROJECT_ROOT } from '../../src/config';
import { spawnCertification } from './spawn-certification';

/**
 * No secret reaches a report. A certification runs against a reference server that holds a
 * planted credential, fails some checks, and echoes the credentials it received in a response
 * header of every answer and in the message of every error body, as careless servers do. Then
 * every file of the run's reports is searched for the secret, its base64 forms, and the same
 * inside any base64 blob (Playwright stores attachments that way).
 */
test.describe.configure({ mode: 'parallel' });

/** A page token that cannot be used is answered 404 instead of 400: a few checks fail, quoting the body. */
const FAULT: Partial<Behaviour> = {
  decodePageToken(token, queryKey) {
    try {
      return defaultBehaviour.decodePageToken(token, queryKey);
    } catch {
      throw new ApiError('not_found', 'No such page.');
    }
  },
};

function echoingCredentials(handler: ReferenceHandler): ReferenceHandler {
  const echoing = async (req: Request): Promise<Response> => {
    const authorization = req.headers.get('authorization') ?? '';
    const response = await handler(req);
    const headers = new Headers(response.headers);
    headers.set('x-echo-authorization', authorization);
    let text = await response.text();
    if (response.status >= 400) text = text.replace('"message":"', `"message":"(you sent ${authorization}) `);
    return new Response(text, { status: response.status, headers });
  };
  return Object.assign(echoing, handler);
}

const b64 = (text: string, encoding: 'base64' | 'base64url' = 'base64') => Buffer.from(text).toString(encoding);

/** The text of a file with HTML entities and JSON escapes undone, plus the decoding of every base64 blob in it. */
function readable(file: string): string {
  const text = readFileSync(file, 'utf8')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\//g, '/');
  const blobs = (text.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) ?? []).map((blob) => Buffer.from(blob, blob.includes('-') || blob.includes('_') ? 'base64url' : 'base64').toString('latin1'));
  return [text, ...blobs].join('\n');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const CASES: Array<[string, () => { auth: AuthConfig; env: Record<string, string>; secrets: string[] }]> = [
  ['bearer', () => {
    const token = randomSecret('planted-token');
    return { auth: { kind: 'bearer', token }, env: { TARGET_AUTH: 'bearer', TARGET_TOKEN: token }, secrets: [token, b64(token), b64(token, 'base64url')] };
  }],
  ['basic', () => {
    const password = randomSecret('planted-password');
    return {
      auth: { kind: 'basic', username: 'rsc-user', password },
      env: { TARGET_AUTH: 'basic', TARGET_USERNAME: 'rsc-user', TARGET_PASSWORD: password },
      secrets: [password, b64(password), b64(`rsc-user:${password}`), b64(`rsc-user:${password}`, 'base64url')],
    };
  }],
];

for (const [kind, make] of CASES) {
  test(`${kind} auth: a failing certification leaves no secret in its reports`, async () => {
    test.setTimeout(300_000);
    const { auth, env, secrets } = make();
    // A directory of its own: another run of this test may be writing its reports at the same time.
    mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true });
    const reports = relative(PROJECT_ROOT, mkdtempSync(join(PROJECT_ROOT, 'reports', `no-secrets-${kind}-`)));
    const server = await startReference(echoingCredentials(createReferenceHandler({ auth, behaviour: FAULT })));
    let run;
    try {
      run = await spawnCertification({ ...env, TARGET_URL: server.url, SUITE_TIER: 'smoke', SUITE_REPORTS_DIR: reports }, { timeoutMs: 240_000 });
    } finally {
      await server.close();
    }

    // Not vacuous: the run got past the credentials, failed, and wrote its reports.
    expect(run.status, run.output.slice(-2000)).toBe(1);
    const certification = JSON.parse(readFileSync(join(PROJECT_ROOT, reports, 'certification.json'), 'utf8')) as { requirements: { verdict: string }[] };
    expect(certification.requirements.filter((r) => r.verdict === 'FAIL').length).toBeGreaterThan(0);
    const files = filesUnder(join(PROJECT_ROOT, reports));
    for (const name of ['certification.json', 'results.json', 'junit.xml']) expect(existsSync(join(PROJECT_ROOT, reports, name))).toBe(true);
    // The echoed credentials did reach the evidence, and were replaced there.
    expect(files.some((file) => readable(file).includes('[REDACTED]'))).toBe(true);

    const leaks = files.flatMap((file) => secrets.filter((secret) => readable(file).includes(secret)).map((secret) => `${file.slice(PROJECT_ROOT.length + 1)} holds ${secret.slice(0, 12)}…`));
    expect(leaks, `searched ${files.length} files`).toEqual([]);
    expect(secrets.filter((secret) => run.output.includes(secret)), 'the console output').toEqual([]);
    rmSync(join(PROJECT_ROOT, reports), { recursive: true, force: true });
  });
}
