/** The known deviations of real implementations (peers/known-deviations.yaml), validated on load. */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { loadDataFile, type DataProblem } from '../src/contract';

/** One entry; openapi/known-deviations.schema.json is its schema. */
export interface KnownDeviation {
  requirement: string;
  behaviour: string;
  evidence: string;
}

/** The whole file: implementation name → its deviations. */
export type KnownDeviations = Record<string, KnownDeviation[]>;

export const KNOWN_DEVIATIONS_FILE = join(PROJECT_ROOT, 'peers', 'known-deviations.yaml');
export const KNOWN_DEVIATIONS_SCHEMA_FILE = join(PROJECT_ROOT, 'openapi', 'known-deviations.schema.json');

/** Every implementation's deviations; a bad file throws a one-line DataFileError. */
export function loadAllKnownDeviations(file = KNOWN_DEVIATIONS_FILE): KnownDeviations {
  return loadDataFile<KnownDeviations>(file, KNOWN_DEVIATIONS_SCHEMA_FILE, repeatedRequirements);
}

export function loadKnownDeviations(implementation: string, file = KNOWN_DEVIATIONS_FILE): KnownDeviation[] {
  return loadAllKnownDeviations(file)[implementation] ?? [];
}

/** A requirement listed twice for one implementation: one of the two says too little or is stale. */
function repeatedRequirements(all: KnownDeviations): DataProblem[] {
  return Object.entries(all).flatMap(([implementation, deviations]) =>
    deviations.flatMap((d, i) => {
      const first = deviations.findIndex((other) => other.requirement === d.requirement);
      return first < i ? [{ entry: `/${implementation}/${i}/requirement`, problem: `repeats ${d.requirement} of /${implementation}/${first}` }] : [];
    }),
  );
}
