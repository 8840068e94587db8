import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'equality-case-insensitive',
  requirements: ['FILTER-EQUALITY-CASE-SENSITIVE'],
  description: "= and != on params and tags ignore letter case ('Adam' = 'adam'), as MySQL's default collation does.",
  behaviour: {
    matchesClause(run, clause) {
      const textual = (clause.entity === 'param' || clause.entity === 'tag') && typeof clause.value === 'string';
      if (!textual || (clause.comparator !== '=' && clause.comparator !== '!=')) return defaultBehaviour.matchesClause(run, clause);
      const subject = (clause.entity === 'param' ? run.params : run.tags).get(clause.key);
      if (subject === undefined) return false;
      const same = subject.toLowerCase() === (clause.value as string).toLowerCase();
      return clause.comparator === '=' ? same : !same;
    },
  },
});
