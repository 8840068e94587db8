import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'page-token-not-validated',
  requirements: ['PAGE-TOKEN-INVALID-400'],
  description: 'A page_token the server cannot read restarts from the first page instead of a 400.',
  behaviour: {
    decodePageToken(token, queryKey) {
      try {
        return defaultBehaviour.decodePageToken(token, queryKey);
      } catch {
        return 0;
      }
    },
  },
});
