import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'view-all-returns-active',
  requirements: ['VIEW-ALL'],
  description: 'ALL is read as ACTIVE_ONLY: deleted runs never come back.',
  behaviour: {
    inView: (run, viewType) => defaultBehaviour.inView(run, viewType === 'ALL' ? 'ACTIVE_ONLY' : viewType),
  },
});
