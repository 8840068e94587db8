/** A small made-up matrix for the matrix's tests: two columns of one implementation (SQLite, PostgreSQL). */
import { loadCatalogue } from '../../src/catalogue';
import type { CertificationReport, RequirementRow } from '../report';
import type { Verdict } from '../verdict';
import { MATRIX_COLUMNS } from './columns';
import { buildMatrix, type CompatibilityMatrix } from './model';

const catalogue = loadCatalogue();

function report(url: string, verdicts: Record<string, Verdict>): CertificationReport {
  const requirements = catalogue.requirements.map((r) => {
    const verdict = verdicts[r.id] ?? 'PASS';
    const row: Partial<RequirementRow> = { id: r.id, verdict, reason: verdict === 'INCONCLUSIVE' ? 'blocked by ERR-NO-5XX' : '' };
    if (verdict === 'FAIL') row.evidence = [{ curl: `SUITE_SEED=7 curl -sS -X POST '${url}/api/2.0/mlflow/runs/search' --data-raw '{"experiment_ids":["1"],"run_view_type":"BOGUS"}'` } as never];
    return row;
  });
  return { tier: 'smoke', seed: 7, startedAt: '2026-12-03T00:00:00Z', suiteVersion: '0.1.0', verdict: 'NOT_CERTIFIED', durationMs: 61_000, catalogueHash: catalogue.hash, target: { url }, requirements } as unknown as CertificationReport;
}

/** mlflow: VIEW-INVALID-400 FAILs (recorded); mlflow-postgres: it FAILs too, and ORDER-MISSING-LAST FAILs unrecorded. */
export function sampleMatrix(): CompatibilityMatrix {
  const [sqlite, postgres] = [MATRIX_COLUMNS.find((c) => c.id === 'mlflow')!, MATRIX_COLUMNS.find((c) => c.id === 'mlflow-postgres')!];
  const viewInvalid = { requirement: 'VIEW-INVALID-400', behaviour: 'run_view_type "BOGUS" is answered 200 as if ACTIVE_ONLY.', evidence: "curl -X POST $TARGET_URL/api/2.0/mlflow/runs/search --data-raw '{}'" };
  return buildMatrix({
    catalogue,
    columns: [
      { ...sqlite, versions: ['mlflow, version 3.17.2'], problems: [], deviations: [viewInvalid], certification: report('http://127.0.0.1:4001', { 'VIEW-INVALID-400': 'FAIL', 'ERR-401': 'NOT_APPLICABLE' }) },
      {
        ...postgres,
        versions: ['mlflow, version 3.17.2', 'postgres (PostgreSQL) 15.14'],
        problems: [],
        deviations: [viewInvalid],
        certification: report('http://127.0.0.1:4002', { 'VIEW-INVALID-400': 'FAIL', 'ORDER-MISSING-LAST': 'FAIL', 'ERR-401': 'NOT_APPLICABLE' }),
      },
    ],
    generatedAt: '2026-12-03T00:00:00Z',
    suiteVersion: '0.1.0',
    tier: 'smoke',
    seed: 7,
    command: 'npm run matrix -- smoke --seed 7',
  });
}
