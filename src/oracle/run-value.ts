/**
 * The value a filter or order_by key reads from a run; undefined when the run lacks the key.
 * Attributes come from what the suite knows: run_name is the run's ref (it is sent as run_name).
 * The tag `mlflow.runName` is the run name too unless the run set that tag itself: a server derives
 * it from run_name (upstream: SA `create_run` appends `RunTag(MLFLOW_RUN_NAME, run_name)`,
 * mlflow/store/tracking/sqlalchemy_store.py in 3.17.2), so a filter on it matches by name.
 */
import { UnsupportedByOracle } from './errors';
import type { Entity } from './filter-ast';
import { canonicalAttribute } from './identifier';
import type { MetricPoint, SeededRun } from './model';

export type RunValue = number | string | undefined;

const RUN_NAME_TAG = 'mlflow.runName';

export function runValue(
  run: SeededRun,
  entity: Entity,
  key: string,
  latest: () => Map<string, MetricPoint>,
): RunValue {
  switch (entity) {
    case 'metric':
      return latest().get(key)?.value;
    case 'param':
      return Object.hasOwn(run.params, key) ? run.params[key] : undefined;
    case 'tag':
      if (Object.hasOwn(run.tags, key)) return run.tags[key];
      return key === RUN_NAME_TAG ? run.ref : undefined;
    case 'attribute':
      return attributeValue(run, key);
  }
}

function attributeValue(run: SeededRun, key: string): RunValue {
  switch (canonicalAttribute(key)) {
    case 'run_id':
      return run.runId;
    case 'run_name':
      return run.ref;
    case 'status':
      return run.status;
    case 'start_time':
      return run.startTime;
    case 'end_time':
      return run.endTime;
    default:
      throw new UnsupportedByOracle(`attribute '${key}' is not modelled by the oracle`);
  }
}
