/** mutants/equivalent.yaml: mutants no black-box test can kill, each with its reason. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface EquivalentMutant {
  name: string;
  requirements: string[];
  reason: string;
}

export const EQUIVALENT_FILE = join(__dirname, 'equivalent.yaml');

export function loadEquivalent(file = EQUIVALENT_FILE): EquivalentMutant[] {
  const document = parse(readFileSync(file, 'utf8')) as { equivalent?: unknown };
  const entries = document?.equivalent ?? [];
  if (!Array.isArray(entries)) throw new Error(`${file}: 'equivalent' must be a list`);
  return entries.map((entry, i) => {
    const { name, requirements, reason } = (entry ?? {}) as Partial<EquivalentMutant>;
    const valid = typeof name === 'string' && Array.isArray(requirements) && requirements.every((r) => typeof r === 'string') && typeof reason === 'string' && reason.trim() !== '';
    if (!valid) throw new Error(`${file}: entry ${i} needs a name, a list of requirements and a reason`);
    return { name, requirements, reason: reason.trim() };
  });
}
