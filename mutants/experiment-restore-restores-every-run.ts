import { endpointOf, jsonBodyOf } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'experiment-restore-restores-every-run',
  requirements: ['VIEW-EXPERIMENT-RESTORE'],
  description:
    "experiments/restore makes every run of the experiment active, also one deleted on its own before the experiment was (MLflow's SQL store: restore_experiment → _mark_run_active on each run).",
  wrap: (handler) => async (req) => {
    if (endpointOf(req) !== 'experiments/restore') return handler(req);
    const { experiment_id: experimentId } = await jsonBodyOf(req);
    const answer = await handler(req);
    // The records themselves, not by id: the probe data renames its runs after seeding.
    if (answer.status === 200) for (const run of handler.store.runsOf([String(experimentId)])) Object.assign(run, { lifecycleStage: 'active', deletedWithExperiment: false });
    return answer;
  },
});
