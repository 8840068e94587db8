import { endpointOf, jsonBodyOf } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'experiment-restore-keeps-runs-deleted',
  requirements: ['VIEW-EXPERIMENT-RESTORE'],
  description: 'experiments/restore brings the experiment back but none of its runs: those its deletion deleted stay in DELETED_ONLY.',
  wrap: (handler) => async (req) => {
    if (endpointOf(req) !== 'experiments/restore') return handler(req);
    const { experiment_id: experimentId } = await jsonBodyOf(req);
    const deleted = handler.store.runsOf([String(experimentId)]).filter((run) => run.lifecycleStage === 'deleted');
    const answer = await handler(req);
    // The records themselves, not by id: the probe data renames its runs after seeding.
    if (answer.status === 200) for (const run of deleted) Object.assign(run, { lifecycleStage: 'deleted' });
    return answer;
  },
});
