import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'page-token-error-500',
  requirements: ['PAGE-TOKEN-INVALID-400', 'ERR-NO-5XX'],
  description: 'A page_token the server cannot decode is an unexpected error: 500 instead of 400 (mlflow-go).',
  behaviour: {
    decodePageToken(token, queryKey) {
      try {
        return defaultBehaviour.decodePageToken(token, queryKey);
      } catch (error) {
        throw new Error(`token decoder crashed: ${(error as Error).message}`);
      }
    },
  },
});
