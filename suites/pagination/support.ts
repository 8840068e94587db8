/**
 * What a page check compares with: the server's own answer to the same query in one page. Which
 * runs that answer holds, and in which order, is the filter, view, scope and order requirements'
 * to judge; a page requirement judges how the server cuts it into pages.
 */
import type { SearchClient } from '../../src/client';
import { CATALOGUE_READINGS, compareRuns, expectedSearch, findWalkDefects, parseOrderBy, READING_CHOICES, type Walk } from '../../src/oracle';
import type { SearchQuery } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import type { SeededData } from '../../src/seed';
import { checkOk } from '../support';
import { expectedIds, ONE_PAGE, searchBody } from '../support';
import { pageRunIdsOf } from '../support';

export async function wholeAnswer(client: SearchClient, seeded: SeededData, query: SearchQuery, maxResults = ONE_PAGE): Promise<string[]> {
  const response = await client.searchRuns(searchBody({ ...query, maxResults }));
  checkOk(response, `the search ${JSON.stringify(searchBody(query))} in one page of ${maxResults}`, { auxiliary: true });
  const ids = pageRunIdsOf(response);
  // A page shorter than asked holds everything (whether it still carries a token is PAGE-TOKEN-END's to judge).
  if (ids.length >= maxResults) throw new Inconclusive(`the answer fills a page of ${maxResults}, so there is no whole answer to compare the pages with`);
  if (ids.length === 0 && expectedIds(seeded, query).length > 0) throw new Inconclusive('the server returned none of the runs to page through; which runs it returns is judged elsewhere');
  return ids;
}

/**
 * The oracle's whole answer to the query under each reading of the run_id tiebreak, for a query
 * whose selection and key order no other reading disputes (the page set's: tag equality on a key
 * every run has, collation-safe values). A page check may take one of them as the whole answer
 * when its pages agree with it, and so spare a request of the largest pages there are; a page
 * that agrees with none is judged against the server's own answer as before, so a fault of the
 * filter or the order still never fails a page requirement.
 */
export function oracleWholeAnswers(seeded: SeededData, query: SearchQuery): string[][] {
  const selected = expectedSearch(seeded.runs, query);
  const keys = parseOrderBy(query.orderBy ?? []);
  return READING_CHOICES.runIdOrder.map((runIdOrder) => [...selected].sort(compareRuns(keys, { ...CATALOGUE_READINGS, runIdOrder })).map((run) => run.runId));
}

/** A walk that is not the whole answer once each, in order, tells nothing of its last page: PAGE-EXHAUSTION judges it. */
export function requireSoundWalk(walk: Walk, whole: string[]): void {
  const defects = findWalkDefects(walk, whole, Number.POSITIVE_INFINITY);
  if (defects.length > 0) throw new Inconclusive(`blocked by PAGE-EXHAUSTION: the walk is not the whole answer once each (${defects[0]})`, { blockedBy: 'PAGE-EXHAUSTION' });
}
