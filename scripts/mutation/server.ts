/** A reference server (correct or mutated) on a free loopback port, in this process. */
import { buildHandler } from '../../mutants/build';
import type { Configuration } from '../../mutants/configurations';
import type { Mutant } from '../../mutants/mutant';
import { seedProbeData } from '../../mutants/support/probes';
import { createReferenceServer, listen, type Listening } from '../../reference/node';

/** The experiments seedProbeData fills with searchable runs (the 1001 bare runs left out). */
export const PROBE_EXPERIMENT_IDS = ['1', '2', '3'];

/**
 * `withProbeData` seeds the data the mutants' unit tests use, for tools that cannot write their
 * own (Schemathesis); the suite seeds its own through the write API and starts empty.
 */
export async function startServer(mutant: Mutant | undefined, configuration: Configuration, { withProbeData = false } = {}): Promise<Listening> {
  const handler = buildHandler(mutant, configuration);
  if (withProbeData) seedProbeData(handler);
  return listen(createReferenceServer(handler), { port: 0, host: '127.0.0.1' });
}
