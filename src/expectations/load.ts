/**
 * Loads an expectation file (SUITE_EXPECTATIONS) and the files it includes, validated: the schema
 * (openapi/expectations.schema.json), then what it cannot say. A bad file throws a one-line
 * DataFileError naming the file and the entry, and the global setup stops the run with it.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';
import { DataFileError, loadDataFile, type DataProblem } from '../contract';
import type { Expectation, ExpectationFile, Expectations } from './types';

export const EXPECTATIONS_SCHEMA_FILE = resolve(PROJECT_ROOT, 'openapi', 'expectations.schema.json');

export interface LoadOptions {
  /** The catalogue's ids: an entry naming another one is a typo that would never match. */
  requirementIds?: ReadonlySet<string>;
}

/** A path under the project root as a relative one (how reports and messages name files). */
export function shownFile(file: string): string {
  const from = relative(PROJECT_ROOT, file);
  return from.startsWith('..') || isAbsolute(from) ? file : from;
}

export function loadExpectations(file: string, options: LoadOptions = {}): Expectations {
  const root = resolve(file);
  const entries: Expectations['entries'] = [];
  const visit = (current: string, chain: string[]) => {
    const data = loadDataFile<ExpectationFile>(current, EXPECTATIONS_SCHEMA_FILE, (d) => entryProblems(d.expectations, options));
    (data.include ?? []).forEach((name, i) => {
      const included = resolve(dirname(current), name);
      if (!existsSync(included)) throw new DataFileError(current, [{ entry: `/include/${i}`, problem: `names no file (${name})` }]);
      if ([...chain, current].includes(included)) throw new DataFileError(current, [{ entry: `/include/${i}`, problem: `includes ${shownFile(included)}, which includes this file` }]);
      visit(included, [...chain, current]);
    });
    for (const entry of data.expectations) entries.push({ ...entry, from: shownFile(current) });
  };
  visit(root, []);
  const repeated = entries.findIndex((e, i) => entries.findIndex((other) => key(other) === key(e)) < i);
  if (repeated >= 0) {
    const e = entries[repeated]!;
    throw new DataFileError(root, [{ entry: e.requirement, problem: `is expected twice${e.signature ? ` with the signature '${e.signature}'` : ''} (in ${e.from} and an included file)` }]);
  }
  return { file: shownFile(root), entries };
}

const key = (e: Expectation) => `${e.requirement}\n${e.signature ?? ''}`;

/** Within one file: unknown ids, a signature of another requirement, an entry listed twice. */
function entryProblems(expectations: readonly Expectation[], options: LoadOptions): DataProblem[] {
  return expectations.flatMap((e, i): DataProblem[] => {
    const at = `/expectations/${i}`;
    if (options.requirementIds && !options.requirementIds.has(e.requirement)) return [{ entry: `${at}/requirement`, problem: `${e.requirement} is not in the catalogue` }];
    if (e.signature !== undefined && !e.signature.startsWith(`${e.requirement} | `)) return [{ entry: `${at}/signature`, problem: `must be a signature of ${e.requirement} (it starts '${e.requirement} | ')` }];
    const first = expectations.findIndex((other) => key(other) === key(e));
    return first < i ? [{ entry: at, problem: `repeats /expectations/${first}` }] : [];
  });
}
