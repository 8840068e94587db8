/**
 * The one place the matrix reads an implementation's recorded deviations, so that a change of
 * their file format (per-implementation expectation files) touches this function alone.
 */
import { loadKnownDeviations } from '../known-deviations';

export interface RecordedDeviation {
  requirement: string;
  behaviour: string;
  evidence: string;
}

export function recordedDeviations(implementation: string): RecordedDeviation[] {
  return loadKnownDeviations(implementation).map(({ requirement, behaviour, evidence }) => ({ requirement, behaviour, evidence }));
}
