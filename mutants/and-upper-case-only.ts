import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { outsideQuotes } from './support/filter-text';
import { mutant } from './mutant';

export default mutant({
  name: 'and-upper-case-only',
  requirements: ['FILTER-AND'],
  description: "Only upper-case AND joins comparisons; 'and', as in the spec's own example, is a 400.",
  behaviour: {
    parseFilter(filter) {
      if (/\b(?!AND\b)[aA][nN][dD]\b/.test(outsideQuotes(filter))) {
        throw invalidParameter(`Expected AND in filter '${filter}'.`);
      }
      return defaultBehaviour.parseFilter(filter);
    },
  },
});
