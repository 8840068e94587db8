import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'token-on-every-page',
  // A token on the last page too: a walk that follows it never stops.
  requirements: ['PAGE-TOKEN-END', 'PAGE-EXHAUSTION'],
  description: 'Every page carries a next_page_token, also past the last run, so a walk never ends.',
  behaviour: {
    paginate: (items, offset, maxResults) => ({ ...defaultBehaviour.paginate(items, offset, maxResults), nextOffset: offset + maxResults }),
  },
});
