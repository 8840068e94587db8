/** The known deviations of real implementations (peers/known-deviations.yaml), validated on load. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/config';

export interface KnownDeviation {
  requirement: string;
  behaviour: string;
  evidence: string;
}

export const KNOWN_DEVIATIONS_FILE = join(PROJECT_ROOT, 'peers', 'known-deviations.yaml');

export function loadKnownDeviations(implementation: string, file = KNOWN_DEVIATIONS_FILE): KnownDeviation[] {
  const all = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const entries = all[implementation];
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw new Error(`${file}: ${implementation} must list deviations`);
  return entries.map((entry, i) => {
    const e = entry as Partial<KnownDeviation>;
    if (!e.requirement || !e.behaviour || !e.evidence)
      throw new Error(`${file}: ${implementation}[${i}] needs requirement, behaviour and evidence`);
    return { requirement: e.requirement, behaviour: e.behaviour, evidence: e.evidence };
  });
}
