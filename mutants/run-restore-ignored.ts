import { endpointOf, jsonBodyOf } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'run-restore-ignored',
  requirements: ['VIEW-RUN-RESTORE'],
  description: 'runs/restore answers 200 and changes nothing: the restored run stays in DELETED_ONLY and out of the active views.',
  wrap: (handler) => async (req) => {
    if (endpointOf(req) !== 'runs/restore') return handler(req);
    const { run_id: runId } = await jsonBodyOf(req);
    const answer = await handler(req);
    if (answer.status === 200) handler.store.setRunStage(String(runId), 'deleted');
    return answer;
  },
});
