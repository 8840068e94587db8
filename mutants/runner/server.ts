/** A reference server (correct or mutated) on a free loopback port, in this process. */
import { buildHandler } from '..';
import type { Configuration } from '..';
import type { Mutant } from '..';
import { seedProbeData } from '..';
import { startReference, type Listening } from '../../reference';

/** The experiments seedProbeData fills with searchable runs (the 1001 bare runs left out). */
export const PROBE_EXPERIMENT_IDS = ['1', '2', '3'];

/**
 * `withProbeData` seeds the data the mutants' unit tests use, for tools that cannot write their
 * own (Schemathesis); the suite seeds its own through the write API and starts empty.
 */
export async function startServer(mutant: Mutant | undefined, configuration: Configuration, { withProbeData = false } = {}): Promise<Listening> {
  const handler = buildHandler(mutant, configuration);
  if (withProbeData) seedProbeData(handler);
  return startReference(handler);
}
