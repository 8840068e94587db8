/**
 * Playwright's own command line, run by this node. `npx playwright` finds it only from a folder
 * whose node_modules holds it, which the caller of an installed package (and that package's own
 * folder, when npm hoisted its dependencies) need not have.
 */
const PLAYWRIGHT_CLI = require.resolve('@playwright/test/cli');

/** The command and arguments that run `playwright <args…>`, for run() or start(). */
export function playwrightCommand(args: readonly string[]): [command: string, args: string[]] {
  return [process.execPath, [PLAYWRIGHT_CLI, ...args]];
}
