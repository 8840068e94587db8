/** Inconclusive lives with the other outcomes (src/outcome); re-exported for the client's callers. */
export { Inconclusive } from '../outcome';
