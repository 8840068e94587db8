/** A Playwright --grep pattern for the tests of some requirements: titles naming any of the ids. */
export function grepFor(requirementIds: readonly string[]): string {
  // Ids are whole tokens: ERR-404 must not select ERR-404-EXPERIMENT.
  return `(?<![A-Z0-9-])(?:${requirementIds.join('|')})(?![A-Z0-9-])`;
}
