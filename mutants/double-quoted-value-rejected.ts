import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'double-quoted-value-rejected',
  requirements: ['FILTER-DOUBLE-QUOTED-VALUE'],
  description: 'params.p = "v" is a 400: a double-quoted token is read as an identifier, as standard SQL does.',
  behaviour: {
    parseFilter(filter) {
      if (/(?:=|<|>|\bLIKE|\bILIKE)\s*"/i.test(filter.replace(/'[^']*'/g, "''"))) {
        throw invalidParameter(`Expected a single-quoted string constant in filter '${filter}'.`);
      }
      return defaultBehaviour.parseFilter(filter);
    },
  },
});
