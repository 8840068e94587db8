import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'page-boundary-repeats-run',
  requirements: ['PAGE-EXHAUSTION'],
  description: 'The next page starts one run too early: the last run of a page comes again first on the next (duplicates across pages).',
  behaviour: {
    paginate(items, offset, maxResults) {
      const page = defaultBehaviour.paginate(items, offset, maxResults);
      const next = page.nextOffset === undefined ? undefined : page.nextOffset - 1;
      return { ...page, nextOffset: next !== undefined && next > offset ? next : page.nextOffset };
    },
  },
});
