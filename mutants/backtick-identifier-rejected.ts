import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'backtick-identifier-rejected',
  requirements: ['FILTER-BACKTICK-IDENTIFIER'],
  description: 'Backticked keys (metrics.`a b`) are a 400: only the documented double quotes are read.',
  behaviour: {
    parseFilter(filter) {
      // A backtick outside string constants can only quote a key.
      if (filter.replace(/'[^']*'|"[^"]*"/g, '').includes('`')) throw invalidParameter(`Unexpected backtick in filter '${filter}'.`);
      return defaultBehaviour.parseFilter(filter);
    },
  },
});
