/**
 * The columns of the compatibility matrix (docs/compatibility.md): each a real implementation the
 * project's peer scripts start and stop, with the options that select it. The implementation id is
 * the one peers/certify.sh derives from those options (reports/<id>/, its expectation file peers/expectations/<id>.yaml).
 */
export type Database = 'SQLite' | 'PostgreSQL';

export interface MatrixColumn {
  /** Implementation id: reports/<id>/ and the key of its recorded deviations. */
  id: string;
  server: 'MLflow' | 'FastTrackML';
  /** The pinned version (peers/requirements*.txt, peers/mlflow-<V>/). */
  version: string;
  database: Database;
  /** What else sets it apart (MLflow's basic-auth app). */
  variant?: string;
  /** `peers/certify.sh` arguments. */
  certifyArgs: string[];
}

export const MLFLOW_PINNED = '3.17.2';
export const MLFLOW_NEWEST = '3.18.0';
export const FASTTRACKML_PINNED = '0.6.0';

/** Implementation ids spell a version with dashes (the key pattern of the deviations file). */
function dashed(version: string): string {
  return version.replace(/\./g, '-');
}

export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  { id: 'mlflow', server: 'MLflow', version: MLFLOW_PINNED, database: 'SQLite', certifyArgs: ['mlflow'] },
  { id: 'mlflow-postgres', server: 'MLflow', version: MLFLOW_PINNED, database: 'PostgreSQL', certifyArgs: ['mlflow', '--postgres'] },
  { id: `mlflow-${dashed(MLFLOW_NEWEST)}`, server: 'MLflow', version: MLFLOW_NEWEST, database: 'SQLite', certifyArgs: ['mlflow', '--mlflow-version', MLFLOW_NEWEST] },
  {
    id: `mlflow-${dashed(MLFLOW_NEWEST)}-postgres`,
    server: 'MLflow',
    version: MLFLOW_NEWEST,
    database: 'PostgreSQL',
    certifyArgs: ['mlflow', '--mlflow-version', MLFLOW_NEWEST, '--postgres'],
  },
  { id: 'mlflow-basic-auth', server: 'MLflow', version: MLFLOW_PINNED, database: 'SQLite', variant: 'basic-auth app', certifyArgs: ['mlflow', '--basic-auth'] },
  { id: 'fasttrackml', server: 'FastTrackML', version: FASTTRACKML_PINNED, database: 'SQLite', certifyArgs: ['fasttrackml'] },
  { id: 'fasttrackml-postgres', server: 'FastTrackML', version: FASTTRACKML_PINNED, database: 'PostgreSQL', certifyArgs: ['fasttrackml', '--postgres'] },
];

/** Pairs of columns the notes compare: one implementation on both databases, and MLflow across versions. */
export interface ColumnPair {
  kind: 'database' | 'version';
  from: string;
  to: string;
}

export function comparedPairs(columns: readonly MatrixColumn[]): ColumnPair[] {
  const plain = columns.filter((c) => c.variant === undefined);
  const find = (server: string, version: string, database: Database) => plain.find((c) => c.server === server && c.version === version && c.database === database);
  const pairs: ColumnPair[] = [];
  for (const sqlite of plain.filter((c) => c.database === 'SQLite')) {
    const postgres = find(sqlite.server, sqlite.version, 'PostgreSQL');
    if (postgres) pairs.push({ kind: 'database', from: sqlite.id, to: postgres.id });
  }
  const mlflowVersions = [...new Set(plain.filter((c) => c.server === 'MLflow').map((c) => c.version))];
  for (let i = 1; i < mlflowVersions.length; i++) {
    for (const database of ['SQLite', 'PostgreSQL'] as const) {
      const from = find('MLflow', mlflowVersions[i - 1]!, database);
      const to = find('MLflow', mlflowVersions[i]!, database);
      if (from && to) pairs.push({ kind: 'version', from: from.id, to: to.id });
    }
  }
  return pairs;
}
