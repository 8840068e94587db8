import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'deleted-only-returns-all',
  requirements: ['VIEW-DELETED-ONLY'],
  description: 'DELETED_ONLY is read as ALL: active runs come with the deleted ones.',
  behaviour: {
    inView: (run, viewType) => defaultBehaviour.inView(run, viewType === 'DELETED_ONLY' ? 'ALL' : viewType),
  },
});
