/**
 * `npm run compare -- <base report dir> <candidate report dir> [--latency-factor 2]
 * [--latency-min-ms 50] [--latency-gate] [--out dir]`: what the candidate run changed against the
 * base (reporters/compare/). Prints Markdown, writes compare.json and compare.md into the
 * candidate's folder (or --out). Exit 1 on a regression, 0 otherwise, 2 on a bad argument or an
 * unreadable report.
 */
import { COMPARE_USAGE, CompareInputError, parseCompareArgs, runCompare } from '../reporters';

try {
  const args = parseCompareArgs(process.argv.slice(2));
  if (args.help) {
    console.log(COMPARE_USAGE);
  } else {
    const { markdown, comparison } = runCompare(args);
    process.stdout.write(markdown);
    process.exitCode = comparison.exitCode;
  }
} catch (error) {
  if (!(error instanceof CompareInputError)) throw error;
  console.error(`compare: ${error.message} (${COMPARE_USAGE.replace(/^usage: /, '')})`.slice(0, 400));
  process.exitCode = 2;
}
