/** mutants/equivalent.yaml: mutants no black-box test can kill, each with its reason. */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { loadDataFile, type DataProblem } from '../src/contract';

/** One entry; openapi/equivalent-mutants.schema.json is its schema. */
export interface EquivalentMutant {
  name: string;
  requirements: string[];
  reason: string;
}

export const EQUIVALENT_FILE = join(__dirname, 'equivalent.yaml');
export const EQUIVALENT_SCHEMA_FILE = join(PROJECT_ROOT, 'openapi', 'equivalent-mutants.schema.json');

/** The listed mutants, reasons trimmed (folded YAML ends in a newline); a bad file throws a one-line DataFileError. */
export function loadEquivalent(file = EQUIVALENT_FILE): EquivalentMutant[] {
  const { equivalent } = loadDataFile<{ equivalent: EquivalentMutant[] }>(file, EQUIVALENT_SCHEMA_FILE, ({ equivalent }) => repeatedNames(equivalent));
  return equivalent.map((entry) => ({ ...entry, reason: entry.reason.trim() }));
}

/** A mutant listed twice would hide which of the two reasons holds. */
function repeatedNames(entries: EquivalentMutant[]): DataProblem[] {
  return entries.flatMap((entry, i) => {
    const first = entries.findIndex((other) => other.name === entry.name);
    return first < i ? [{ entry: `/equivalent/${i}/name`, problem: `repeats ${entry.name} of /equivalent/${first}` }] : [];
  });
}
