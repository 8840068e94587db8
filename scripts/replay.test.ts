/**
 * The promise of a FAIL row, end to end: certify a deliberately broken reference server, run the
 * row's replay command exactly as the report prints it, and see STILL FAILING; point the same
 * command at the correct server and see FIXED. One mutant breaks a rejection (a response case)
 * and a view (a rerun case), so both kinds of case file are shown.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultBehaviour, type Behaviour } from '../reference';
import { startReference } from '../reference';
import { loadCatalogue } from '../src/catalogue';
import { parseCase } from '../reporters';
import type { CertificationReport } from '../reporters';
import { run, temporaryDir } from '../reporters';
import { verifyBundle } from '../reporters';

const VIEWS = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'];

/** Ignores an unknown run_view_type instead of rejecting it, and answers DELETED_ONLY with the active runs. */
const brokenViews: Partial<Behaviour> = {
  validateSearchRequest: (body, limits) => {
    const { run_view_type: view, ...rest } = body as Record<string, unknown>;
    return defaultBehaviour.validateSearchRequest(typeof view === 'string' && !VIEWS.includes(view) ? rest : body, limits);
  },
  inView: (run, view) => defaultBehaviour.inView(run, view === 'DELETED_ONLY' ? 'ACTIVE_ONLY' : view),
};

test.describe.configure({ timeout: 300_000 });

test('a FAIL row replays as written: STILL FAILING on the mutant, FIXED on the correct server', async () => {
  const mutant = await startReference({ behaviour: brokenViews, onUnexpectedError: () => {} });
  const correct = await startReference();
  try {
    const reports = temporaryDir('replay');
    const certified = await run('npx', ['--no-install', 'playwright', 'test', 'suites/view-type'], {
      env: { TARGET_URL: mutant.url, SUITE_TIER: 'smoke', SUITE_SEED: '11', SUITE_REPORTS_DIR: reports },
    });
    expect(certified.code, certified.output).toBe(1);
    const report = JSON.parse(readFileSync(join(reports, 'certification.json'), 'utf8')) as CertificationReport;
    expect(verifyBundle(reports, loadCatalogue())).toEqual([]);

    for (const [id, kind] of [['VIEW-INVALID-400', 'response'], ['VIEW-DELETED-ONLY', 'rerun']] as const) {
      const row = report.requirements.find((r) => r.id === id)!;
      expect(row.verdict).toBe('FAIL');
      const [evidence] = row.evidence!;
      expect(parseCase(readFileSync(evidence!.caseFile, 'utf8')).check.kind).toBe(kind);

      const still = await run('bash', ['-c', evidence!.replay]);
      expect(still.output).toContain(`STILL FAILING: ${id}`);
      expect(still.code, still.output).toBe(1);

      const fixed = await run('bash', ['-c', evidence!.replay], { env: { TARGET_URL: correct.url } });
      expect(fixed.output).toContain(`FIXED: ${id}`);
      expect(fixed.code, fixed.output).toBe(0);
    }
  } finally {
    await mutant.close();
    await correct.close();
  }
});

test('a malformed or missing case file: ERROR, one line naming the file and the entry, exit 2, nothing replayed', async () => {
  const bad = join(temporaryDir('replay-bad'), 'ORDER-INVALID-400-1.json');
  writeFileSync(bad, JSON.stringify({ format: 'runs-search-conformance/case@1' }));
  const missing = join(temporaryDir('replay-missing'), 'nosuch.json');
  // The whole output is the one line (no stack, no "replaying …").
  const rows: Array<[string, RegExp]> = [
    [bad, /^ERROR: \S+ORDER-INVALID-400-1\.json: \/requirement is required \(and \d+ more problems\)$/],
    [missing, /^ERROR: \S+nosuch\.json: \(root\) cannot be read \(ENOENT: .*\)$/],
  ];
  for (const [file, line] of rows) {
    const replayed = await run('npx', ['--no-install', 'tsx', 'scripts/replay.ts', file]);
    expect(replayed.output.trim(), replayed.output).toMatch(line);
    expect(replayed.code).toBe(2);
  }
});
