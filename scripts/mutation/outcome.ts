/** Stryker's outcome vocabulary, and how a mutant's certification runs decide it. */
import { requirementIdsIn } from '../../src/catalogue';
import type { CertifyResult } from './certify';

export type Status = 'Killed' | 'Survived' | 'Timeout' | 'Equivalent';

export interface MutantOutcome {
  id: string;
  requirements: string[];
  configuration: string;
  status: Status;
  /** Titles of the tests that failed on the mutant (not counting INCONCLUSIVE ones). */
  killedBy: string[];
  /** From the mutant's server start to the end of the run that killed it. */
  msToKill?: number;
  /** 'targeted': the tests of its requirements; 'whole suite': everything, after they missed it. */
  phase?: 'targeted' | 'whole suite';
  /**
   * Requirements the mutant violates whose own tests all ran and passed on it: weak checks, even
   * when another requirement's tests killed the mutant.
   */
  missedBy: string[];
  /** Tests that could not observe what they needed: no kill, but worth reading. */
  inconclusive: string[];
  note?: string;
  durationMs: number;
}

/** Killed when a test saw the fault; a stop of the global setup also refuses certification. */
export function killers(result: CertifyResult): string[] {
  const failing = result.failed.filter((f) => !f.inconclusive).map((f) => f.title);
  if (failing.length > 0) return [...new Set(failing)];
  return result.setupStop && result.exitCode !== 0 ? [`(global setup) ${result.setupStop}`] : [];
}

/** The violated requirements whose tests passed in a run that ran them all. */
export function missedRequirements(requirements: readonly string[], result: CertifyResult): string[] {
  const named = (titles: string[], id: string) => titles.some((title) => requirementIdsIn(title).includes(id));
  const failed = result.failed.map((f) => f.title);
  return requirements.filter((id) => named(result.passed, id) && !named(failed, id));
}
