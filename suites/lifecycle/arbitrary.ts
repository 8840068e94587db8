/**
 * Command sequences of the lifecycle property. Grammar: any interleaving of createRun (twice as
 * likely: the other run commands need runs), logMetrics, setTag, deleteRun, restoreRun,
 * deleteExperiment, restoreExperiment over two experiments, and search in each view; at most
 * MAX_COMMANDS long, so a case stays a few dozen requests and a failure shrinks to a short story.
 */
import fc from 'fast-check';
import { RUN_VIEW_TYPES } from '../../src/oracle';
import {
  CreateRun,
  DeleteExperiment,
  DeleteRun,
  LogMetrics,
  RestoreExperiment,
  RestoreRun,
  Search,
  SetTag,
  type LifecycleCommand,
} from './commands';

export const CASE_EXPERIMENTS = 2;
const MAX_COMMANDS = 12;

export function lifecycleCommands(): fc.Arbitrary<Iterable<LifecycleCommand>> {
  const experiment = fc.nat(CASE_EXPERIMENTS - 1);
  const pick = fc.nat(7);
  const createRun = fc.tuple(experiment, fc.nat(20)).map(([e, start]) => new CreateRun(e, start));
  const point = fc.record({ value: fc.integer({ min: -5, max: 5 }), step: fc.nat(3) });
  return fc.commands<object, never, false>(
    [
      createRun,
      createRun,
      fc.tuple(pick, fc.constantFrom('m1', 'm2'), fc.array(point, { minLength: 1, maxLength: 3 })).map(([p, key, points]) => new LogMetrics(p, key, points)),
      fc.tuple(pick, fc.constantFrom('t1', 't2'), fc.constantFrom('a', 'b')).map(([p, key, value]) => new SetTag(p, key, value)),
      pick.map((p) => new DeleteRun(p)),
      pick.map((p) => new RestoreRun(p)),
      experiment.map((e) => new DeleteExperiment(e)),
      experiment.map((e) => new RestoreExperiment(e)),
      fc.constantFrom(undefined, ...RUN_VIEW_TYPES).map((view) => new Search(view)),
    ] as unknown as fc.Arbitrary<fc.AsyncCommand<object, never, false>>[],
    { maxCommands: MAX_COMMANDS },
  ) as unknown as fc.Arbitrary<Iterable<LifecycleCommand>>;
}

/**
 * Tried first in every tier, so a five-case smoke run still judges each requirement: one short
 * story per transition (examples do not shrink, so a fault they show is already told in a few
 * steps; each case ends with searches of both stages' views), then all of them interleaved with
 * metric and tag writes and a search in every view. In the last, lc1 is deleted on its own before
 * its experiment is, so the experiment's restore leaves it disputed (judged by no view).
 */
export const EXAMPLES: readonly (readonly LifecycleCommand[])[] = [
  [new CreateRun(0, 0), new DeleteRun(0), new RestoreRun(0)],
  [new CreateRun(0, 0), new CreateRun(1, 1), new DeleteExperiment(0)],
  [new CreateRun(0, 0), new CreateRun(1, 1), new DeleteExperiment(0), new RestoreExperiment(0)],
  [
    new CreateRun(0, 0),
    new CreateRun(0, 1),
    new CreateRun(1, 2),
    new LogMetrics(0, 'm1', [{ value: 1, step: 0 }, { value: 2, step: 1 }]),
    new SetTag(2, 't1', 'a'),
    new DeleteRun(0),
    new RestoreRun(0),
    new Search('ACTIVE_ONLY'),
    new DeleteRun(1),
    new DeleteExperiment(0),
    new Search('DELETED_ONLY'),
    new RestoreExperiment(0),
    new Search(undefined),
    new Search('ALL'),
  ],
];

/** The kinds of command that ran, for a failure signature stable across seeds. */
export function commandKinds(commands: Iterable<LifecycleCommand>): string {
  const kinds = new Set<string>();
  for (const item of commands as Iterable<LifecycleCommand | { cmd: LifecycleCommand; hasRan: boolean }>) {
    const [command, ran] = 'cmd' in item ? [item.cmd, item.hasRan] : [item, true];
    if (ran) kinds.add(String(command).split('(')[0]!);
  }
  return `[${[...kinds].sort().join(',')}]`;
}
