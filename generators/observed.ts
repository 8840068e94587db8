/**
 * What a data set holds, as queries can name it: per key, the values runs carry (metrics: the
 * latest value). Keys or values that a filter cannot write (a backslash, both quote kinds, NaN,
 * ±Infinity) are left out, so robust data sets still yield parseable queries, and so are values
 * holding an apostrophe, which only double quotes (upstream) can write, and the empty string.
 */
import { UnsupportedByOracle } from '../src/oracle';
import { formatKey, formatString } from '../src/oracle';
import { latestMetrics } from '../src/oracle';
import type { RunSpec } from '../src/oracle';

export interface Observed {
  metrics: Map<string, number[]>;
  params: Map<string, string[]>;
  tags: Map<string, string[]>;
}

export function observe(runs: readonly RunSpec[]): Observed {
  const observed: Observed = { metrics: new Map(), params: new Map(), tags: new Map() };
  for (const run of runs) {
    // NaN and the infinities have no constant to name them (a key with only those stays, valueless).
    for (const [key, point] of latestMetrics(run)) add(observed.metrics, key, Number.isFinite(point.value) ? [point.value] : []);
    for (const [key, value] of Object.entries(run.params)) if (singleQuotable(value)) add(observed.params, key, value);
    for (const [key, value] of Object.entries(run.tags)) if (singleQuotable(value)) add(observed.tags, key, value);
  }
  for (const map of [observed.metrics, observed.params, observed.tags] as Map<string, unknown[]>[]) {
    for (const key of map.keys()) if (!writable(formatKey, key)) map.delete(key);
  }
  return observed;
}

/**
 * A param or tag value that every spelling writes alike and every reading reads alike: not '',
 * no quote of either kind, no backslash. What a check may name without asking another question.
 */
export function isPlainStringValue(value: string): boolean {
  return value !== '' && !/['"\\]/.test(value);
}

function add<T>(map: Map<string, T[]>, key: string, value: T | T[]): void {
  const values = map.get(key) ?? [];
  for (const v of Array.isArray(value) ? value : [value]) if (!values.includes(v)) values.push(v);
  map.set(key, values);
}

/**
 * A value the documented spelling, single quotes, can write: no apostrophe (nor backslash). Not
 * the empty string either: whether '' is a value is FILTER-EMPTY-STRING's reading, so other
 * checks never write it.
 */
function singleQuotable(value: string): boolean {
  return value !== '' && !value.includes("'") && writable(formatString, value);
}

function writable(format: (text: string) => string, text: string): boolean {
  try {
    format(text);
    return true;
  } catch (error) {
    if (error instanceof UnsupportedByOracle) return false;
    throw error;
  }
}
