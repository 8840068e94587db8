/**
 * Stryker's outcome vocabulary, and how a mutant's certification decides it: killed when a
 * requirement FAILs (or the global setup refuses the target), and how precisely the FAIL rows
 * blame the fault: the share of FAIL rows inside the requirements the mutant declares.
 */
import type { CertifyResult } from './certify';

export type Status = 'Killed' | 'Survived' | 'Timeout' | 'Equivalent';

export interface Blame {
  /** Requirements with a FAIL row. */
  failing: string[];
  /** FAIL rows outside the requirements the mutant declares: each a misplaced blame. */
  outside: string[];
  /** FAIL rows inside the declared requirements over all FAIL rows (1 when there is none). */
  precision: number;
}

export interface MutantOutcome {
  id: string;
  requirements: string[];
  configuration: string;
  status: Status;
  /** The requirements whose FAIL rows killed it, or the global setup's refusal. */
  killedBy: string[];
  /** From the start of the certification's first test to the end of its first failed test. */
  msToKill?: number;
  /** Declared requirements that ran and PASSed on it: weak checks, even when another one killed it. */
  missedBy: string[];
  /** Requirements left INCONCLUSIVE on it: no kill, but worth reading. */
  inconclusive: string[];
  blame?: Blame;
  /** The failure signatures of the certification (stable across seeds for the same fault). */
  signatures: string[];
  /** With --second-seed: the signatures only one of the two certifications listed (both empty: stable). */
  secondSeed?: { seed: string } & SignatureChanges;
  note?: string;
  durationMs: number;
}

export function blameOf(declared: readonly string[], verdicts: Record<string, string>): Blame {
  const failing = Object.entries(verdicts)
    .filter(([, verdict]) => verdict === 'FAIL')
    .map(([id]) => id);
  const outside = failing.filter((id) => !declared.includes(id));
  return { failing, outside, precision: failing.length === 0 ? 1 : (failing.length - outside.length) / failing.length };
}

/** Killed by every FAIL row; a stop of the global setup also refuses certification. */
export function killers(result: CertifyResult): string[] {
  const failing = Object.entries(result.verdicts)
    .filter(([, verdict]) => verdict === 'FAIL')
    .map(([id]) => id);
  if (failing.length > 0) return failing;
  return result.setupStop && result.exitCode !== 0 ? [`(global setup) ${result.setupStop}`] : [];
}

/** The declared requirements that PASSed. */
export function missedRequirements(requirements: readonly string[], result: CertifyResult): string[] {
  return requirements.filter((id) => result.verdicts[id] === 'PASS');
}

export interface SignatureChanges {
  onlyFirst: string[];
  onlySecond: string[];
}

export function signatureChanges(first: readonly string[], second: readonly string[]): SignatureChanges {
  return { onlyFirst: first.filter((s) => !second.includes(s)), onlySecond: second.filter((s) => !first.includes(s)) };
}
