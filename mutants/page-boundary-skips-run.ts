import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'page-boundary-skips-run',
  requirements: ['PAGE-EXHAUSTION'],
  description: 'The next page starts one run too late (offset + max_results + 1): one run per page boundary is never returned.',
  behaviour: {
    paginate(items, offset, maxResults) {
      const page = defaultBehaviour.paginate(items, offset, maxResults);
      const next = page.nextOffset === undefined ? undefined : page.nextOffset + 1;
      return { ...page, nextOffset: next !== undefined && next < items.length ? next : undefined };
    },
  },
});
