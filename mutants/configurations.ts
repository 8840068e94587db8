/**
 * The reference configurations a mutant can need. Most faults show on the plain server; faults
 * of 401 and 429 need credentials or a rate limit configured, and the suite told about them
 * (TARGET_AUTH, SUITE_ALLOW_LOAD). Which one a mutant needs follows from the catalogue: the
 * `requires` capability of the requirements it violates.
 */
import type { Catalogue } from '../src/catalogue';
import type { ReferenceOptions } from '../reference';
import type { Mutant } from './mutant';

export type Configuration = 'plain' | 'auth' | 'load';
export const CONFIGURATIONS: readonly Configuration[] = ['plain', 'auth', 'load'];

/** A throwaway credential for a loopback server that lives for one mutation run. */
export const MUTATION_BEARER_TOKEN = 'rsc-mutation-bearer-token';
/** Low enough that the suite's bounded burst meets it within a second also on a busy machine. */
export const MUTATION_RATE_LIMIT = { requests: 20, perMs: 1000 };

export function referenceOptions(configuration: Configuration): Pick<ReferenceOptions, 'auth' | 'rateLimit'> {
  if (configuration === 'auth') return { auth: { kind: 'bearer', token: MUTATION_BEARER_TOKEN } };
  if (configuration === 'load') return { rateLimit: MUTATION_RATE_LIMIT };
  return {};
}

/** The suite's environment for a target in this configuration (besides TARGET_URL). */
export function targetEnvironment(configuration: Configuration): Record<string, string> {
  if (configuration === 'auth') return { TARGET_AUTH: 'bearer', TARGET_TOKEN: MUTATION_BEARER_TOKEN, SUITE_ALLOW_LOAD: '0' };
  if (configuration === 'load') return { TARGET_AUTH: 'none', TARGET_TOKEN: '', SUITE_ALLOW_LOAD: '1' };
  return { TARGET_AUTH: 'none', TARGET_TOKEN: '', SUITE_ALLOW_LOAD: '0' };
}

/** auth or load when a violated requirement needs that capability; plain otherwise. */
export function configurationOf(mutant: Mutant, catalogue: Catalogue): Configuration {
  const needs = new Set(mutant.requirements.map((id) => catalogue.requirements.find((r) => r.id === id)?.requires));
  if (needs.has('auth')) return 'auth';
  if (needs.has('load')) return 'load';
  return 'plain';
}
