/** The arguments of `npm run compare`, checked: a mistake is a CompareInputError (exit 2). */
import { parseArgs } from 'node:util';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './compare';
import { CompareInputError } from './load';

export const COMPARE_USAGE =
  'usage: npm run compare -- <base report dir> <candidate report dir> [--latency-factor 2] [--latency-min-ms 50] [--latency-min-count 20] [--latency-gate] [--out dir]';

export interface CompareArgs {
  base: string;
  candidate: string;
  /** Where compare.json and compare.md go; undefined: the candidate's folder. */
  out?: string;
  options: CompareOptions;
  help: boolean;
}

function number(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min) throw new CompareInputError(`--${name} must be a number ≥ ${min}, not ${JSON.stringify(text)}`);
  return value;
}

export function parseCompareArgs(argv: readonly string[]): CompareArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'latency-factor': { type: 'string' },
        'latency-min-ms': { type: 'string' },
        'latency-min-count': { type: 'string' },
        'latency-gate': { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CompareInputError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { base: '', candidate: '', options: DEFAULT_COMPARE_OPTIONS, help: true };
  if (positionals.length !== 2) throw new CompareInputError(`expected two report folders, got ${positionals.length}`);
  const options: CompareOptions = {
    latencyFactor: number('latency-factor', values['latency-factor'], DEFAULT_COMPARE_OPTIONS.latencyFactor, 1),
    latencyMinMs: number('latency-min-ms', values['latency-min-ms'], DEFAULT_COMPARE_OPTIONS.latencyMinMs, 0),
    latencyMinCount: number('latency-min-count', values['latency-min-count'], DEFAULT_COMPARE_OPTIONS.latencyMinCount, 1),
    latencyGate: values['latency-gate'] ?? false,
  };
  return { base: positionals[0]!, candidate: positionals[1]!, ...(values.out ? { out: values.out } : {}), options, help: false };
}
