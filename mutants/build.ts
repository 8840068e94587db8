/** A reference handler with a mutant's fault (or none: the correct server) in a configuration. */
import { createReferenceHandler, type ReferenceHandler, type ReferenceOptions } from '../reference';
import { referenceOptions, type Configuration } from './configurations';
import type { Mutant } from './mutant';

export function buildHandler(
  mutant: Mutant | undefined,
  configuration: Configuration,
  extra: Pick<ReferenceOptions, 'now' | 'onUnexpectedError'> = {},
): ReferenceHandler {
  const handler = createReferenceHandler({
    ...referenceOptions(configuration),
    ...mutant?.options,
    ...(mutant?.behaviour ? { behaviour: mutant.behaviour } : {}),
    // A mutant's 500s are its fault, not news: keep the run's output readable.
    onUnexpectedError: () => {},
    ...extra,
  });
  if (!mutant?.wrap) return handler;
  const { store, behaviour, platformId, workspaceKey } = handler;
  return Object.assign(mutant.wrap(handler), { store, behaviour, platformId, workspaceKey });
}
