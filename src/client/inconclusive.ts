/**
 * Markers that let a test say more than pass or fail. A check that was tried but could not
 * observe what it needed (every retry throttled, no 429 within the budget, setup refused) throws
 * Inconclusive; a test skipped because the configuration declares a capability absent carries
 * the NOT_APPLICABLE prefix in its skip reason. The reporter reads both; neither is ever a PASS.
 */
export const INCONCLUSIVE_PREFIX = 'INCONCLUSIVE:';
export const NOT_APPLICABLE_PREFIX = 'NOT_APPLICABLE:';

export class Inconclusive extends Error {
  override name = 'Inconclusive';
  constructor(reason: string) {
    super(`${INCONCLUSIVE_PREFIX} ${reason}`);
  }
}

export function isInconclusiveMessage(message: string | undefined): boolean {
  return !!message && message.includes(INCONCLUSIVE_PREFIX);
}
