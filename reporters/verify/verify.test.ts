import { expect, test } from '@playwright/test';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificationReport } from '../report';
import { run } from '../testing/run';
import { catalogue, sampleBundle as bundle } from '../testing/sample';
import { findSecrets } from './secrets';
import { verifyBundle } from './verify';

function rewrite(dir: string, edit: (report: CertificationReport) => void): void {
  const file = join(dir, 'certification.json');
  const report = JSON.parse(readFileSync(file, 'utf8')) as CertificationReport;
  edit(report);
  writeFileSync(file, JSON.stringify(report, null, 2));
}

test.describe('verify-report', () => {
  test('a certified bundle, as the reporter writes it, verifies', () => {
    const { dir, report } = bundle();
    expect(report.verdict).toBe('CERTIFIED');
    expect(verifyBundle(dir, catalogue)).toEqual([]);
  });

  test('a bundle with a FAIL and its case file verifies', () => {
    const { dir, report } = bundle('ORDER-INVALID-400');
    expect(report.verdict).toBe('NOT_CERTIFIED');
    expect(verifyBundle(dir, catalogue)).toEqual([]);
  });

  test('rejects a report with a missing requirement id', () => {
    const { dir } = bundle();
    rewrite(dir, (r) => {
      r.requirements = r.requirements.filter((x) => x.id !== 'PAGE-EXHAUSTION');
    });
    expect(verifyBundle(dir, catalogue)).toContain('requirement PAGE-EXHAUSTION of the catalogue is missing');
  });

  test('rejects a tampered count', () => {
    const { dir } = bundle('ORDER-INVALID-400');
    rewrite(dir, (r) => {
      r.counts.FAIL = 0;
      r.counts.PASS += 1;
    });
    expect(verifyBundle(dir, catalogue)).toEqual([expect.stringMatching(/^counts \{"PASS":\d+,"FAIL":0,.* do not match the rows/)]);
  });

  test('rejects a FAIL turned into PASS, and the certification that follows from it', () => {
    const { dir } = bundle('ORDER-INVALID-400');
    rewrite(dir, (r) => {
      const row = r.requirements.find((x) => x.id === 'ORDER-INVALID-400')!;
      row.verdict = 'PASS';
      r.counts.FAIL -= 1;
      r.counts.PASS += 1;
      r.countsByArea.order!.FAIL -= 1;
      r.countsByArea.order!.PASS += 1;
      r.verdict = 'CERTIFIED';
      r.reasons = [];
    });
    expect(verifyBundle(dir, catalogue)).toEqual([
      'ORDER-INVALID-400: verdict PASS, but its tests give FAIL',
      'certification.md does not state the verdict CERTIFIED',
      'certification.html does not state the verdict CERTIFIED',
    ]);
  });

  test('rejects a report of another catalogue', () => {
    const { dir } = bundle();
    rewrite(dir, (r) => {
      r.catalogueHash = '0'.repeat(64);
    });
    expect(verifyBundle(dir, catalogue)).toEqual([`catalogue hash ${'0'.repeat(64)} is not the current catalogue's ${catalogue.hash}`]);
  });

  test('rejects a FAIL whose case file is missing', () => {
    const { dir } = bundle('ORDER-INVALID-400');
    rmSync(join(dir, 'cases', 'ORDER-INVALID-400-1.json'));
    expect(verifyBundle(dir, catalogue)).toEqual([expect.stringMatching(/^ORDER-INVALID-400: case file .*ORDER-INVALID-400-1\.json is missing$/)]);
  });

  const PLANTED: Array<[string, string, string]> = [
    ['certification.md', '\nAuthorization: Bearer abc', 'an Authorization header with a value'],
    ['certification.md', '\ncurl -H "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"', 'a Bearer token'],
    ['certification.html', '<pre>&gt; authorization: Basic dXNlcjpodW50ZXIy</pre>', 'an Authorization header with a value'],
    ['certification.html', '<code>-H Basic dXNlcjpodW50ZXIy</code>', 'Basic credentials'],
    ['junit.xml', '<system-out>GET /x?user=a&amp;password=hunter2</system-out>', 'a password= value'],
    ['certification.md', '\n-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----', 'a PEM private key'],
    ['certification.md', '\nkeyId="ocid1.tenancy",signature="c2lnbmF0dXJl"', 'a request signature'],
  ];
  for (const [file, planted, what] of PLANTED) {
    test(`rejects a planted secret: ${what} in ${file}`, () => {
      const { dir } = bundle();
      appendFileSync(join(dir, file), planted);
      const problems = verifyBundle(dir, catalogue);
      expect(problems).toContainEqual(expect.stringContaining(`${join(dir, file)}: ${what}`));
      expect(problems.filter((p) => !p.startsWith(`${join(dir, file)}: `))).toEqual([]);
    });
  }

  test('rejects a planted secret inside a case file (JSON-escaped) and a known secret value', () => {
    const { dir } = bundle('ORDER-INVALID-400');
    const file = join(dir, 'cases', 'ORDER-INVALID-400-1.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"method": "POST"', '"method": "POST", "authorization": "Bearer s3cr3t-t0ken-0123456789"'));
    const problems = verifyBundle(dir, catalogue, ['s3cr3t-t0ken-0123456789']);
    expect(problems.some((p) => p.includes('an Authorization header with a value'))).toBe(true);
    expect(problems.some((p) => p.includes('a value of TARGET_TOKEN or TARGET_PASSWORD'))).toBe(true);
  });

  test('the CLI exits 1 with the reason, 0 on a good bundle', async () => {
    const { dir } = bundle();
    expect((await run('npx', ['--no-install', 'tsx', 'scripts/verify-report.ts', dir])).code).toBe(0);
    appendFileSync(join(dir, 'certification.md'), '\nAuthorization: Bearer abc');
    const bad = await run('npx', ['--no-install', 'tsx', 'scripts/verify-report.ts', dir]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('an Authorization header with a value');
  });
});

test.describe('secret-looking values', () => {
  const ALLOWED = [
    '-H "Authorization: Bearer $TARGET_TOKEN"',
    '-u "$TARGET_USERNAME:$TARGET_PASSWORD"',
    '"authorization": "[REDACTED]"',
    '> authorization: [REDACTED]',
    'the target supports Basic authentication and Bearer tokens',
    'TARGET_PASSWORD=$TARGET_PASSWORD',
    'signature="[REDACTED]"',
    '401 Response Unauthorized (missing or expired credentials, and so on).',
  ];
  for (const text of ALLOWED) {
    test(`allows ${text}`, () => {
      expect(findSecrets(text)).toEqual([]);
    });
  }
});
