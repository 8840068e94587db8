import { endpointOf, jsonBodyOf } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'experiment-delete-keeps-runs-active',
  requirements: ['VIEW-EXPERIMENT-DELETE'],
  description: "experiments/delete marks the experiment deleted but not its runs: they stay in ACTIVE_ONLY (older MLflow SQL stores: delete_experiment changed only the experiment's stage).",
  wrap: (handler) => async (req) => {
    if (endpointOf(req) !== 'experiments/delete') return handler(req);
    const { experiment_id: experimentId } = await jsonBodyOf(req);
    const active = handler.store.runsOf([String(experimentId)]).filter((run) => run.lifecycleStage === 'active');
    const answer = await handler(req);
    // The records themselves, not by id: the probe data renames its runs after seeding.
    if (answer.status === 200) for (const run of active) Object.assign(run, { lifecycleStage: 'active', deletedWithExperiment: false });
    return answer;
  },
});
