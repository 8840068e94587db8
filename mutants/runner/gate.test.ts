/**
 * The gate (reporters/gate.ts) on real certification runs of mutants of the reference server,
 * the tests of the two faults' requirements only (smoke tier, --grep): a team's expectation file
 * that expects one mutant's failure gates that mutant green while its certification stays NOT
 * CERTIFIED; the same mutant with a second fault gates red and names only the new failures; the
 * correct reference with the same file reports the expected failure that did not happen.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTANTS, type Mutant } from '..';
import type { CertificationReport } from '../../reporters';
import { temporaryDir, verifyBundle } from '../../reporters';
import { loadCatalogue } from '../../src/catalogue';
import { certify } from './certify';
import { grepFor } from './grep';
import { startServer } from './server';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const byName = (name: string): Mutant => MUTANTS.find((m) => m.name === name)!;
const EXPECTED = byName('invalid-order-by-ignored'); // ORDER-INVALID-400, ORDER-ATTRIBUTE-UNKNOWN-400
const SECOND = byName('invalid-filter-ignored'); // FILTER-INVALID-400, FILTER-MISTYPED-400
/** Both faults at once: they override different seams of the reference's behaviour. */
const BOTH: Mutant = { ...EXPECTED, name: 'both', requirements: [...EXPECTED.requirements, ...SECOND.requirements], behaviour: { ...EXPECTED.behaviour, ...SECOND.behaviour } };

const root = temporaryDir('gate');
const expectations = join(root, 'team.yaml');
// The team expects every requirement the first fault breaks (its declared ones).
writeFileSync(
  expectations,
  [
    'expectations:',
    ...EXPECTED.requirements.flatMap((id) => [`  - requirement: ${id}`, '    reason: our server skips an order_by it cannot read (ticket 123)', '    link: https://tracker.example.test/123']),
    '',
  ].join('\n'),
);
const expectedIds = [...EXPECTED.requirements].sort();
const isExpectedId = (id: string) => EXPECTED.requirements.includes(id);

interface Gated {
  exitCode: number | null;
  report: CertificationReport;
  output: string;
}

async function certifyWithExpectations(mutant: Mutant | undefined, name: string, env: Record<string, string> = {}): Promise<Gated> {
  const server = await startServer(mutant, 'plain');
  const reportsDir = join(root, name);
  try {
    const result = await certify({
      url: server.url,
      configuration: 'plain',
      reportsDir,
      grep: grepFor([...EXPECTED.requirements, ...SECOND.requirements]),
      stopAtFirstFailure: false,
      seed: '20261203',
      timeoutMs: 300_000,
      env: { SUITE_EXPECTATIONS: expectations, ...env },
    });
    const report = JSON.parse(readFileSync(join(reportsDir, 'certification.json'), 'utf8')) as CertificationReport;
    return { exitCode: result.exitCode, report, output: readFileSync(join(reportsDir, 'output.log'), 'utf8') };
  } finally {
    await server.close();
  }
}

const failing = (r: CertificationReport) => r.requirements.filter((x) => x.verdict === 'FAIL').map((x) => x.id).sort();

test('a mutant whose failure is expected gates green, while its certification says NOT CERTIFIED', async () => {
  const { exitCode, report, output } = await certifyWithExpectations(EXPECTED, 'expected');
  expect(failing(report)).toEqual(expectedIds);
  expect(report.verdict).toBe('NOT_CERTIFIED');
  expect(report.gate).toMatchObject({ result: 'PASSED', unexpectedFailures: [], unexpectedPasses: [], unobserved: [], reasons: [] });
  expect(report.gate!.expectedFailures.length).toBeGreaterThan(0);
  expect(report.gate!.expectedFailures.every((f) => isExpectedId(f.requirement))).toBe(true);
  expect(exitCode, output).toBe(0);
  expect(output).toContain('NOT CERTIFIED');
  expect(output).toMatch(/GATE PASSED — \d+ expected failure\(s\), 0 unexpected/);
  expect(readFileSync(join(root, 'expected', 'certification.md'), 'utf8')).toContain('Expected to FAIL (');
});

test('the same mutant with a second fault gates red and names only the new failures', async () => {
  const { exitCode, report, output } = await certifyWithExpectations(BOTH, 'second-fault');
  expect(failing(report)).toEqual(expect.arrayContaining([...expectedIds, ...SECOND.requirements]));
  expect(report.gate!.result).toBe('FAILED');
  const unexpected = report.gate!.unexpectedFailures;
  expect(unexpected.length).toBeGreaterThan(0);
  expect(new Set(unexpected.map((f) => f.requirement))).toEqual(new Set(SECOND.requirements));
  expect(report.gate!.expectedFailures.every((f) => isExpectedId(f.requirement))).toBe(true);
  expect(exitCode, output).toBe(1);
  for (const f of unexpected) expect(output).toContain(`✗ unexpected failure ${f.signature}`);
  for (const id of expectedIds) expect(output).not.toContain(`unexpected failure ${id}`);
});

test('the correct reference with that file reports the unexpected pass, a gate failure when strict', async () => {
  const { exitCode, report, output } = await certifyWithExpectations(undefined, 'reference', { SUITE_EXPECTATIONS_STRICT: '1' });
  expect(failing(report)).toEqual([]);
  expect(report.gate).toMatchObject({ result: 'FAILED', strict: true, unexpectedFailures: [] });
  expect(report.gate!.unexpectedPasses.map((p) => [p.requirement, p.verdict]).sort()).toEqual(expectedIds.map((id) => [id, 'PASS']));
  expect([...report.gate!.reasons].sort()).toEqual(expectedIds.map((id) => `unexpected pass: ${id} PASS, expected to FAIL`));
  expect(exitCode, output).toBe(1);
  for (const id of expectedIds) expect(output).toContain(`✗ unexpected pass: ${id} PASS, expected to FAIL`);
});

test('each bundle verifies: the gate follows from its rows and the expectations it recorded, and both pages state it', () => {
  for (const name of ['expected', 'second-fault', 'reference']) expect(verifyBundle(join(root, name), loadCatalogue()), name).toEqual([]);
  expect(readFileSync(join(root, 'second-fault', 'certification.html'), 'utf8')).toContain('id="gate" data-gate="FAILED"');
});

test('a bad expectation file stops the run before any test, with one line naming the entry', async () => {
  const bad = join(root, 'bad.yaml');
  writeFileSync(bad, 'expectations:\n  - requirement: ORDER-INVALID-400\n    reason: fine\n  - requirement: ORDER-NOT-THERE\n    reason: a typo\n');
  const result = await certify({ url: 'http://127.0.0.1:9', configuration: 'plain', reportsDir: join(root, 'bad'), stopAtFirstFailure: false, seed: '1', timeoutMs: 120_000, env: { SUITE_EXPECTATIONS: bad } });
  expect(result.exitCode).toBe(2);
  expect(result.setupStop).toBe(`SUITE_EXPECTATIONS: ${bad}: /expectations/1/requirement ORDER-NOT-THERE is not in the catalogue`);
  expect(result.passed.length + result.failed.length).toBe(0);
});
