/**
 * The one place the matrix reads an implementation's recorded deviations: its expectation file,
 * peers/expectations/<implementation>.yaml (with what it includes), the file its certification
 * gates with.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { loadExpectations } from '../../src/expectations';

export interface RecordedDeviation {
  requirement: string;
  behaviour: string;
  evidence: string;
}

export function expectationFileOf(implementation: string): string {
  return join(PROJECT_ROOT, 'peers', 'expectations', `${implementation}.yaml`);
}

export function recordedDeviations(implementation: string): RecordedDeviation[] {
  return loadExpectations(expectationFileOf(implementation)).entries.map(({ requirement, reason, evidence, link }) => ({
    requirement,
    behaviour: reason,
    evidence: evidence ?? link ?? '(no evidence recorded)',
  }));
}
