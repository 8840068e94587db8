/**
 * A mutant: one small, named fault layered on the reference server. It measures the suite: a
 * check that no mutant's fault makes fail could pass any server.
 *
 * The fault is expressed, in order of preference, as an override of the reference's Behaviour
 * seams, as reference options (a smaller max_results limit), or as a `wrap` around the finished
 * handler for the few faults that live outside the seams (routing, credentials, raw headers).
 */
import type { Behaviour } from '../reference';
import type { ReferenceHandler, ReferenceOptions } from '../reference';

export type Handler = (req: Request) => Promise<Response>;

export interface Mutant {
  /** kebab-case, the file's name. */
  name: string;
  /** Catalogue ids the fault violates; the mutation run first tries the tests of these. */
  requirements: string[];
  /** What is broken, and which real server does it when one does. */
  description: string;
  behaviour?: Partial<Behaviour>;
  /** Reference options other than the behaviour and the target configuration (auth, rate limit). */
  options?: Pick<ReferenceOptions, 'maxResultsLimit'>;
  /** Middleware around the correct-but-for-`behaviour` handler; it may read the handler's store. */
  wrap?: (handler: ReferenceHandler) => Handler;
}

/** Identity helper that lets a mutant file be type-checked at its definition. */
export function mutant(definition: Mutant): Mutant {
  return definition;
}
