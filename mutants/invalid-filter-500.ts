import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'invalid-filter-500',
  requirements: ['FILTER-INVALID-400', 'FILTER-MISTYPED-400', 'ERR-NO-5XX'],
  description: 'A filter the parser rejects escapes as an unexpected error: 500 instead of 400 (mlflow-go).',
  behaviour: {
    parseFilter(filter) {
      try {
        return defaultBehaviour.parseFilter(filter);
      } catch (error) {
        throw new Error(`filter parser crashed: ${(error as Error).message}`);
      }
    },
  },
});
