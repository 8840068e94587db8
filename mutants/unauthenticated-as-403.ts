import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'unauthenticated-as-403',
  requirements: ['ERR-401'],
  description: 'Missing or wrong credentials get 403 instead of 401.',
  behaviour: {
    errorStatus: (kind) => (kind === 'unauthenticated' ? 403 : defaultBehaviour.errorStatus(kind)),
  },
});
