import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'trailing-empty-page',
  requirements: ['PAGE-NO-EMPTY-TAIL'],
  description: 'An exactly full last page still carries a token, which leads to one empty page (older MLflow SQL stores, FastTrackML, mlflow-go).',
  behaviour: {
    paginate(items, offset, maxResults) {
      const page = defaultBehaviour.paginate(items, offset, maxResults);
      const end = offset + maxResults;
      return { ...page, nextOffset: end <= items.length ? end : undefined };
    },
  },
});
