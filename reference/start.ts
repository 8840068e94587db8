/**
 * The reference server in this process, listening (on a free loopback port unless told): the one
 * way the harness's embedded target, the mutation runner, the CLI and the tests start it.
 */
import { createReferenceHandler, type ReferenceHandler, type ReferenceOptions } from './handler';
import { createReferenceServer, listen, type Listening } from './node';

export interface StartedReference extends Listening {
  /** What answers: its store, behaviour and path parameters, for a caller to seed or inspect. */
  handler: ReferenceHandler;
}

/** Serves the given handler (a wrapped or mutated one), or a fresh one built from options. */
export async function startReference(from: ReferenceOptions | ReferenceHandler = {}, { port = 0, host = '127.0.0.1' } = {}): Promise<StartedReference> {
  const handler = typeof from === 'function' ? from : createReferenceHandler(from);
  return { ...(await listen(createReferenceServer(handler), { port, host })), handler };
}
