import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { outsideQuotes } from './support/filter-text';
import { mutant } from './mutant';

export default mutant({
  name: 'signed-literals-rejected',
  requirements: ['FILTER-NUMERIC-LITERALS'],
  description: 'Numeric constants with a sign or an exponent (-1, 1e-3) are a 400: the lexer knows only digits and a point (FastTrackML).',
  behaviour: {
    parseFilter(filter) {
      if (/(?:[<>=]\s*[-+])|(?:\d[eE][-+]?\d)/.test(outsideQuotes(filter))) {
        throw invalidParameter(`Unsupported numeric constant in filter '${filter}'.`);
      }
      return defaultBehaviour.parseFilter(filter);
    },
  },
});
