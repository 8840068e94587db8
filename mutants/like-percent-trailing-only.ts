import { clauseSubject, defaultBehaviour } from '../reference';
import { mutant } from './mutant';

/** LIKE as a prefix match: `_` is one character, `%` a wildcard only at the pattern's end, literal elsewhere. */
function prefixLike(pattern: string, ignoreCase: boolean): RegExp {
  const trailing = pattern.endsWith('%');
  const body = [...(trailing ? pattern.slice(0, -1) : pattern)]
    .map((char) => (char === '_' ? '.' : char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}${trailing ? '.*' : ''}$`, ignoreCase ? 'isu' : 'su');
}

export default mutant({
  name: 'like-percent-trailing-only',
  requirements: ['FILTER-LIKE'],
  description: "LIKE and ILIKE read % only at the end of the pattern ('ab%'); a leading or inner % is a literal character.",
  behaviour: {
    matchesClause(run, clause) {
      if ((clause.comparator !== 'LIKE' && clause.comparator !== 'ILIKE') || typeof clause.value !== 'string') return defaultBehaviour.matchesClause(run, clause);
      const subject = clauseSubject(run, clause);
      return typeof subject === 'string' && prefixLike(clause.value, clause.comparator === 'ILIKE').test(subject);
    },
  },
});
