/**
 * The compatibility matrix as data: requirement × implementation, each cell the verdict of that
 * implementation's certification report, a FAIL tied to its recorded deviation (or marked
 * unexplained), and the notes that compare columns (one implementation on two databases, MLflow
 * across versions). Built from the reports alone; rendered as Markdown and HTML.
 */
import type { Catalogue, Strength } from '../../src/catalogue';
import type { CertificationReport } from '../report';
import type { Verdict } from '../verdict';
import { comparedPairs, type ColumnPair, type MatrixColumn } from './columns';
import type { RecordedDeviation } from './deviations';

export const MATRIX_FORMAT = 'runs-search-conformance/compatibility@1';

export interface ColumnResult extends MatrixColumn {
  /** What the run saw: `mlflow --version`, the PostgreSQL server's version. */
  versions: string[];
  /** Absent when the column's certification produced no report. */
  report?: { tier: string; seed: number | undefined; startedAt: string; suiteVersion: string; verdict: string; durationMs: number };
  /** Why there is no report, or why the run cannot certify. */
  problems: string[];
  deviations: RecordedDeviation[];
}

export interface Cell {
  verdict: Verdict | 'NOT_RUN';
  /** For a FAIL: the recorded deviation that explains it; absent means unexplained. */
  deviation?: RecordedDeviation;
  /** For a FAIL: this run's failing request, as curl with $TARGET_URL for the (gone) server. */
  replay?: string;
  /** For an INCONCLUSIVE: why. */
  reason?: string;
}

export interface MatrixRow {
  id: string;
  area: string;
  title: string;
  strength: Strength;
  cells: Record<string, Cell>;
}

export interface ColumnDifference extends ColumnPair {
  /** Requirements whose verdict or recorded deviation differs between the two columns. */
  differences: { requirement: string; from: Cell; to: Cell }[];
}

export interface CompatibilityMatrix {
  format: typeof MATRIX_FORMAT;
  generatedAt: string;
  suiteVersion: string;
  catalogueHash: string;
  tier: string;
  seed: number | undefined;
  /** The command that produced it. */
  command: string;
  columns: ColumnResult[];
  rows: MatrixRow[];
  notes: ColumnDifference[];
  /** FAIL cells without a recorded deviation, as `column: requirement`. */
  unexplained: string[];
}

export interface MatrixInput {
  catalogue: Catalogue;
  columns: (Omit<ColumnResult, 'report'> & { certification?: CertificationReport })[];
  generatedAt: string;
  suiteVersion: string;
  tier: string;
  seed: number | undefined;
  command: string;
}

export function buildMatrix(input: MatrixInput): CompatibilityMatrix {
  const rows: MatrixRow[] = input.catalogue.requirements.map((r) => ({ id: r.id, area: r.area, title: r.title, strength: r.strength, cells: {} }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const column of input.columns) {
    const reported = new Map((column.certification?.requirements ?? []).map((r) => [r.id, r]));
    const deviations = new Map(column.deviations.map((d) => [d.requirement, d]));
    for (const row of byId.values()) {
      const result = reported.get(row.id);
      if (!result) {
        row.cells[column.id] = { verdict: 'NOT_RUN' };
        continue;
      }
      const cell: Cell = { verdict: result.verdict };
      if (result.verdict === 'FAIL') {
        const deviation = deviations.get(row.id);
        if (deviation) cell.deviation = deviation;
        const curl = result.evidence?.find((e) => e.curl)?.curl;
        if (curl) cell.replay = withTargetUrl(curl, column.certification!.target);
      }
      if (result.verdict === 'INCONCLUSIVE') cell.reason = result.reason;
      row.cells[column.id] = cell;
    }
  }
  const columns: ColumnResult[] = input.columns.map(({ certification, ...column }) => ({
    ...column,
    ...(certification
      ? {
          report: {
            tier: certification.tier,
            seed: certification.seed,
            startedAt: certification.startedAt,
            suiteVersion: certification.suiteVersion,
            verdict: certification.verdict,
            durationMs: certification.durationMs,
          },
        }
      : {}),
  }));
  const catalogueHash = input.columns.find((c) => c.certification)?.certification?.catalogueHash ?? input.catalogue.hash;
  return {
    format: MATRIX_FORMAT,
    generatedAt: input.generatedAt,
    suiteVersion: input.suiteVersion,
    catalogueHash,
    tier: input.tier,
    seed: input.seed,
    command: input.command,
    columns,
    rows,
    notes: comparedPairs(columns).map((pair) => ({ ...pair, differences: differences(rows, pair) })),
    unexplained: rows.flatMap((row) =>
      columns.filter((c) => row.cells[c.id]?.verdict === 'FAIL' && !row.cells[c.id]?.deviation).map((c) => `${c.id}: ${row.id}`),
    ),
  };
}

/** A difference: the verdicts differ, or both FAIL with recorded behaviours that differ. */
function differences(rows: MatrixRow[], pair: ColumnPair): ColumnDifference['differences'] {
  return rows.flatMap((row) => {
    const from = row.cells[pair.from];
    const to = row.cells[pair.to];
    if (!from || !to || from.verdict === 'NOT_RUN' || to.verdict === 'NOT_RUN') return [];
    const same = from.verdict === to.verdict && from.deviation?.behaviour === to.deviation?.behaviour;
    return same ? [] : [{ requirement: row.id, from, to }];
  });
}

/** The report's curl names the server it ran against (gone now): name it $TARGET_URL instead. */
export function withTargetUrl(curl: string, target: Record<string, string | boolean | number>): string {
  const url = typeof target.url === 'string' ? target.url.replace(/\/+$/, '') : undefined;
  return url ? curl.split(url).join('$TARGET_URL') : curl;
}
