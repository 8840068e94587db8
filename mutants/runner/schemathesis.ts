/**
 * One bounded Schemathesis run (the `st` CLI from peers/venv.sh) against a target, with our
 * OpenAPI document. The configuration pins what a black-box fuzzer cannot guess (the path
 * parameters, the seeded experiment ids) and leaves out the checks the correct reference fails
 * for reasons outside the spec (listed in EXCLUDED_CHECKS), so a kill means a fault.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATION_BEARER_TOKEN, type Configuration } from '..';
import { DEFAULT_PLATFORM_ID, DEFAULT_WORKSPACE_KEY } from '../../reference';
import { PROJECT_ROOT } from '../../src/config';
import { run } from '../../src/process';

export const ST = join(PROJECT_ROOT, '.venv', 'bin', 'st');
export const OPENAPI = join(PROJECT_ROOT, 'openapi', 'list-experiment-runs.openapi.yaml');

/** Checks the correct reference fails without breaking the spec; the reasons go in the report. */
export const EXCLUDED_CHECKS: Record<string, string> = {
  positive_data_acceptance:
    "the schema cannot express the filter grammar: the spec's own example filter compares metrics.\"model class\" with a string, which a correct server rejects with 400",
  negative_data_rejection:
    'the schema gives opc-request-id a pattern, but the spec never asks a server to reject a request id it does not like (an empty one is accepted)',
};

/** The coverage phase's unexpected methods, without TRACE: see TRACE_NOTE. */
const UNEXPECTED_METHODS = ['get', 'put', 'delete', 'patch', 'options'];
export const TRACE_NOTE =
  "TRACE is left out of the coverage phase: the reference's node:http adapter answers it with 500 (undici's Request rejects the method), a reference bug Schemathesis found, outside the spec's endpoint.";

export interface SchemathesisOptions {
  url: string;
  configuration: Configuration;
  workDir: string;
  maxExamples: number;
  seed: string;
  timeoutMs: number;
}

export interface SchemathesisResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** Failure codes and titles Schemathesis reported, e.g. "ST101 Server error". */
  failures: string[];
  /** Schemathesis ran to a summary (as opposed to failing to load the schema or start). */
  completed: boolean;
}

function configFile(experimentIds: readonly string[]): string {
  return [
    '[dictionaries]',
    `experiment-ids = { values = ${JSON.stringify(experimentIds)} }`,
    '',
    '[parameters]',
    `"path.aiDataPlatformId" = ${JSON.stringify(DEFAULT_PLATFORM_ID)}`,
    `"path.workspaceKey" = ${JSON.stringify(DEFAULT_WORKSPACE_KEY)}`,
    '"body.experiment_ids[*]" = { dictionary = "experiment-ids", probability = 0.9 }',
    '',
    '[phases.coverage]',
    `unexpected-methods = ${JSON.stringify(UNEXPECTED_METHODS)}`,
    '',
  ].join('\n');
}

export async function runSchemathesis(options: SchemathesisOptions, experimentIds: readonly string[]): Promise<SchemathesisResult> {
  rmSync(options.workDir, { recursive: true, force: true });
  mkdirSync(options.workDir, { recursive: true });
  const config = join(options.workDir, 'schemathesis.toml');
  writeFileSync(config, configFile(experimentIds));
  const args = [
    '--config-file', config, 'run', OPENAPI, '--url', options.url,
    '--max-examples', String(options.maxExamples), '--seed', options.seed, '--workers', '1',
    '--checks', 'all', '--exclude-checks', Object.keys(EXCLUDED_CHECKS).join(','), '--max-failures', '1',
    ...(options.configuration === 'auth' ? ['-H', `Authorization: Bearer ${MUTATION_BEARER_TOKEN}`] : []),
  ];
  // cwd is the work dir, so Schemathesis's own caches and reports stay out of the repository.
  const { code: exitCode, timedOut, durationMs, output } = await run(ST, args, {
    cwd: options.workDir,
    inherit: 'all',
    env: { NO_COLOR: '1' },
    logFile: join(options.workDir, 'output.log'),
    timeoutMs: options.timeoutMs,
  });
  const failures = [...new Set([...output.matchAll(/^- (ST\d+ .+)$/gm)].map((m) => m[1]!.trim()))];
  return { exitCode, timedOut, durationMs, failures, completed: /={3,} SUMMARY ={3,}/.test(output) };
}
