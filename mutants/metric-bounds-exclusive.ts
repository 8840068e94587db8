import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'metric-bounds-exclusive',
  requirements: ['FILTER-METRIC-COMPARE'],
  description: '>= and <= on metrics leave out equal values (mapped to > and <).',
  behaviour: {
    matchesClause(run, clause) {
      if (clause.entity !== 'metric') return defaultBehaviour.matchesClause(run, clause);
      const strict = clause.comparator === '>=' ? '>' : clause.comparator === '<=' ? '<' : clause.comparator;
      return defaultBehaviour.matchesClause(run, { ...clause, comparator: strict });
    },
  },
});
