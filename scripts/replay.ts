/**
 * `npm run replay -- <case.json>`: checks one recorded failure again and prints FIXED, STILL FAILING
 * (with what differs) or ERROR (it could not be judged here). Exit code 0, 1 or 2.
 *
 * The target is the case's own unless TARGET_URL (and TARGET_* for its profile, path parameters
 * and credentials) names another; the seed, tier and mode are always the case's.
 */
import { loadCatalogue } from '../src/catalogue';
import { ConfigError, readEnvironment } from '../src/config';
import { DataFileError } from '../src/contract';
import { loadCase } from '../reporters';
import { describeReplayTarget, replayEnvironment } from '../reporters';
import { replayRerun } from '../reporters';
import { replayResponse, type Outcome } from '../reporters';
import { SUITE_VERSION } from '../reporters';

const EXIT = { FIXED: 0, 'STILL FAILING': 1, ERROR: 2 } as const;

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] === '--help') {
    console.error('usage: npm run replay -- <reports/cases/REQUIREMENT-n.json>   (TARGET_URL and TARGET_* choose another target)');
    return 2;
  }
  const file = args[0]!;
  const kase = loadCase(file);
  const env = replayEnvironment(kase, readEnvironment());
  const how =
    kase.check.kind === 'response'
      ? 're-sending the recorded request'
      : `re-running the test with SUITE_SEED=${kase.recorded.seed} SUITE_TIER=${kase.recorded.tier}`;
  console.log(`replaying ${kase.requirement} (${file}) on ${describeReplayTarget(env)}: ${how}`);
  if (kase.recorded.suiteVersion !== SUITE_VERSION || kase.recorded.catalogueHash !== loadCatalogue().hash) {
    console.log(`note: recorded with suite ${kase.recorded.suiteVersion} and catalogue ${kase.recorded.catalogueHash.slice(0, 12)}…; the check may have changed since`);
  }
  const outcome: Outcome = kase.check.kind === 'response' ? await replayResponse(kase, env) : await replayRerun(kase, env);
  console.log(outcome.lines.join('\n'));
  console.log(`${outcome.verdict}: ${kase.requirement} — ${kase.test.title}`);
  return EXIT[outcome.verdict];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bad or missing case file (DataFileError) and a bad configuration are one line each; anything else keeps its stack.
    const known = error instanceof DataFileError || error instanceof ConfigError || (error as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(`ERROR: ${known ? (error as Error).message : (error as Error).stack}`);
    process.exit(2);
  },
);
