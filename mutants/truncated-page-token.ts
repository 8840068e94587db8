import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'truncated-page-token',
  requirements: ['PAGE-EXHAUSTION'],
  description: 'next_page_token is cut short (a fixed-width column), so sending it back is a 400 (FastTrackML).',
  behaviour: {
    encodePageToken: (offset, queryKey) => defaultBehaviour.encodePageToken(offset, queryKey).slice(0, 16),
  },
});
