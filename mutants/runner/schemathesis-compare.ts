/**
 * `npm run mutation:schemathesis`: Schemathesis side by side with the suite, on the same mutants.
 * Each non-equivalent mutant (and the correct reference, per configuration) gets a server on a
 * free loopback port seeded with the probe data, and one bounded Schemathesis run with our OpenAPI
 * document. The suite's side is read from reports/mutation.json (`npm run mutation`).
 *
 *   tsx mutants/runner/schemathesis-compare.ts [--only name,name] [--max-examples 25] [--seed 1]
 *                                       [--concurrency 2] [--timeout-ms 90000]
 *
 * Writes reports/schemathesis-comparison.md and .json. Exits 1 when Schemathesis fails the
 * correct reference (its kills would then mean nothing), else 0: the comparison is a measurement.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../../src/catalogue';
import { PROJECT_ROOT } from '../../src/config';
import { mapLimit } from '../../src/pool';
import { CONFIGURATIONS, configurationOf, type Configuration } from '..';
import { loadEquivalent } from '..';
import { MUTANTS, type Mutant } from '../index';
import type { MutationReport } from './report';
import { EXCLUDED_CHECKS, runSchemathesis, TRACE_NOTE, type SchemathesisResult } from './schemathesis';
import { PROBE_EXPERIMENT_IDS, startServer } from './server';

const REPORTS = join(PROJECT_ROOT, 'reports');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'max-examples': { type: 'string', default: '25' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '2' },
    'timeout-ms': { type: 'string', default: '90000' },
  },
});
const maxExamples = Number(values['max-examples']);
const concurrency = Number(values.concurrency);
const timeoutMs = Number(values['timeout-ms']);
const seed = values.seed!;

interface Row {
  id: string;
  configuration: Configuration;
  schemathesis: 'Killed' | 'Survived' | 'Timeout' | 'Error';
  failures: string[];
  ms: number;
}

async function run(mutant: Mutant | undefined, configuration: Configuration): Promise<SchemathesisResult> {
  const server = await startServer(mutant, configuration, { withProbeData: true });
  try {
    const workDir = join(REPORTS, 'schemathesis', mutant ? mutant.name : `reference-${configuration}`);
    return await runSchemathesis({ url: server.url, configuration, workDir, maxExamples, seed, timeoutMs }, PROBE_EXPERIMENT_IDS);
  } finally {
    await server.close();
  }
}

function statusOf(result: SchemathesisResult): Row['schemathesis'] {
  if (result.timedOut) return 'Timeout';
  if (result.failures.length > 0) return 'Killed';
  return result.exitCode === 0 && result.completed ? 'Survived' : 'Error';
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

async function main(): Promise<number> {
  const catalogue = loadCatalogue();
  const equivalent = new Set(loadEquivalent().map((e) => e.name));
  const wanted = values.only?.split(',').map((n) => n.trim());
  const mutants = MUTANTS.filter((m) => !equivalent.has(m.name) && (!wanted || wanted.includes(m.name)));
  const configurations = CONFIGURATIONS.filter((c) => c === 'plain' || mutants.some((m) => configurationOf(m, catalogue) === c));
  const started = Date.now();
  console.log(`schemathesis: ${mutants.length} mutants and the correct reference (${configurations.join(', ')}), --max-examples ${maxExamples}, ${concurrency} at a time`);

  const references = await mapLimit(configurations, concurrency, async (configuration) => {
    const result = await run(undefined, configuration);
    console.log(`correct reference (${configuration}): ${statusOf(result) === 'Survived' ? 'passes' : `FAILS ${result.failures.join('; ')}`} ${seconds(result.durationMs)}`);
    return { configuration, passes: statusOf(result) === 'Survived', failures: result.failures, ms: result.durationMs };
  });
  let done = 0;
  const rows = await mapLimit(mutants, concurrency, async (mutant): Promise<Row> => {
    const configuration = configurationOf(mutant, catalogue);
    const result = await run(mutant, configuration);
    const row = { id: mutant.name, configuration, schemathesis: statusOf(result), failures: result.failures, ms: result.durationMs };
    console.log(`[${String(++done).padStart(2)}/${mutants.length}] ${row.schemathesis.padEnd(8)} ${row.id} ${seconds(row.ms)} ${row.failures.join('; ')}`);
    return row;
  });

  const suiteFile = join(REPORTS, 'mutation.json');
  const suite = existsSync(suiteFile) ? (JSON.parse(readFileSync(suiteFile, 'utf8')) as MutationReport) : undefined;
  const suiteOf = (id: string) => suite?.mutants.find((m) => m.id === id);
  const suiteKilled = rows.filter((r) => suiteOf(r.id)?.status === 'Killed');
  const stKilled = rows.filter((r) => r.schemathesis === 'Killed');
  const summary = [
    { tool: 'runs-search-conformance (SUITE_TIER=smoke)', killed: suiteKilled.length, median: median(suiteKilled.map((r) => suiteOf(r.id)!.msToKill!)) },
    { tool: `Schemathesis ${maxExamples} examples`, killed: stKilled.length, median: median(stKilled.map((r) => r.ms)) },
  ];
  const both = rows.filter((r) => r.schemathesis === 'Killed' && suiteOf(r.id)?.status === 'Killed').length;
  const onlySt = rows.filter((r) => r.schemathesis === 'Killed' && suiteOf(r.id)?.status !== 'Killed').map((r) => r.id);
  const lines = [
    '# Schemathesis side by side',
    '',
    `The same ${rows.length} non-equivalent mutants (mutants/), each on its own reference server. Regenerate with`,
    '`npm run mutation && npm run mutation:schemathesis`.',
    '',
    '| tool | mutants killed | median time to kill |',
    '| --- | --- | --- |',
    ...summary.map((s) => `| ${s.tool} | ${s.killed} of ${rows.length} | ${seconds(s.median)} |`),
    '',
    `Both killed ${both}; Schemathesis alone: ${onlySt.length ? onlySt.join(', ') : 'none'}.`,
    suite ? `Suite figures from reports/mutation.json of ${suite.startedAt} (SUITE_SEED=${suite.seed}, ${suite.workers ?? 1} Playwright worker(s) per certification).` : '**reports/mutation.json is missing: run `npm run mutation` first.**',
    '',
    '## How Schemathesis was run',
    '',
    `\`st run openapi/list-experiment-runs.openapi.yaml --url <server> --max-examples ${maxExamples} --seed ${seed} --workers 1 --checks all --max-failures 1\`,`,
    'one run per mutant, two at a time, killed after ' + `${timeoutMs / 1000} s. Its config (reports/schemathesis/<mutant>/schemathesis.toml) pins the`,
    'path parameters and draws experiment_ids from the seeded experiments; the server holds the probe data',
    '(mutants/support/probes.ts), since Schemathesis cannot write its own. Time to kill is the run\'s wall time;',
    "the suite's is from server start to the certification run that failed.",
    '',
    ...Object.entries(EXCLUDED_CHECKS).map(([check, reason]) => `- \`${check}\` excluded: ${reason}.`),
    `- ${TRACE_NOTE}`,
    '',
    '| correct reference | Schemathesis |',
    '| --- | --- |',
    ...references.map((r) => `| ${r.configuration} | ${r.passes ? 'passes' : `**fails**: ${r.failures.join('; ')}`} |`),
    '',
    '## Per mutant',
    '',
    '| mutant | configuration | suite | suite time | Schemathesis | Schemathesis time | Schemathesis failure |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const s = suiteOf(r.id);
      return `| ${r.id} | ${r.configuration} | ${s?.status ?? '—'} | ${seconds(s?.msToKill)} | ${r.schemathesis} | ${seconds(r.ms)} | ${r.failures.join('; ')} |`;
    }),
    '',
  ];
  writeFileSync(join(REPORTS, 'schemathesis-comparison.md'), lines.join('\n'));
  writeFileSync(join(REPORTS, 'schemathesis-comparison.json'), JSON.stringify({ maxExamples, seed, durationMs: Date.now() - started, summary, references, rows }, null, 2) + '\n');
  console.log(`\nschemathesis: killed ${stKilled.length} of ${rows.length} in ${((Date.now() - started) / 1000).toFixed(0)} s (reports/schemathesis-comparison.md)`);
  for (const s of summary) console.log(`  ${s.tool}: ${s.killed} killed, median ${seconds(s.median)}`);
  return references.every((r) => r.passes) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
