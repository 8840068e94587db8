import { expect, notApplicableIf, test } from '../harness';
import { checkSearchResponse, isJsonContentType } from '../../src/contract';
import { Inconclusive } from '../../src/outcome';
import { check, checkOk } from '../support';
import { allExperiments, ONE_PAGE, searchBody } from '../support';
import { rawRunsOf } from '../support';

test.describe('response body', () => {
  test('RESP-SCHEMA: a page of the seeded runs, with every kind of data, matches ExperimentRunCollection', async ({ client, seeded }) => {
    const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', maxResults: ONE_PAGE }), {
      validate: false,
    });
    checkOk(response, 'a search of every seeded run');
    // Guard against a vacuous pass: the page must hold runs with metrics, params and tags.
    const runs = rawRunsOf(response);
    // Which runs come back is other requirements' to judge; without runs carrying data there is nothing to check.
    if (!runs.some((r) => (r.data?.metrics?.length ?? 0) > 0)) throw new Inconclusive(`the page of the seeded runs holds ${runs.length} run(s), none with metrics, so no run could be checked`);
    const violations = checkSearchResponse(client.target.profile, response);
    check(violations.length === 0, 'the 200 body must match ExperimentRunCollection', { received: violations });
  });

  test('RESP-RUNS-REQUIRED: a search that matches nothing still returns runs: []', async ({ client, seeded, target }) => {
    notApplicableIf(target.profile !== 'oci', 'the mlflow profile may omit an empty runs list');
    const response = await client.searchRuns(
      searchBody({ ...allExperiments(seeded), filter: 'metrics.rsc_absent_metric > 0', maxResults: 10 }),
      { validate: false },
    );
    expect(response.status).toBe(200);
    const body = (response.json ?? {}) as { runs?: unknown };
    check(Array.isArray(body.runs), 'runs(required) must be present even when empty', { received: response.text });
    check(body.runs.length === 0, 'no seeded run has the metric, so the list must be empty', { received: body.runs.length });
  });

  test('RESP-CONTENT-TYPE: 200 and 400 responses are application/json', async ({ client, seeded }) => {
    const ok = await client.searchRuns(searchBody({ ...allExperiments(seeded), maxResults: 5 }), { validate: false });
    const bad = await client.searchRuns(searchBody({ ...allExperiments(seeded), filter: 'metrics.a >' }), { validate: false });
    // Whatever the status (other requirements judge it), a body is JSON.
    for (const response of [ok, bad]) {
      check(isJsonContentType(response.headers['content-type']), `HTTP ${response.status} must be application/json`, {
        received: response.headers['content-type'] ?? '(no content-type)',
        expected: 'application/json',
      });
    }
    if (ok.status !== 200 || bad.status < 400) throw new Inconclusive(`needs a 200 and an error answer to look at, got ${ok.status} and ${bad.status}`);
  });

  test('RESP-EXPERIMENT-SCOPE: every returned run belongs to a requested experiment', async ({ client, seeded }) => {
    // Ask for one experiment while another holds runs (any lifecycle: the view is ALL), so a server
    // that ignores experiment_ids shows it. Preferably one with runs of its own; an empty one still
    // shows strays when every run is in one experiment (a data set draws that now and then).
    const hasRuns = (id: string) => seeded.runs.some((r) => r.experimentId === id);
    const othersHaveRuns = (id: string) => seeded.runs.some((r) => r.experimentId !== id);
    const requested = seeded.experimentIds.find((id) => hasRuns(id) && othersHaveRuns(id)) ?? seeded.experimentIds.find(othersHaveRuns);
    test.skip(requested === undefined, 'the data set has no run outside the one experiment it has');
    if (requested === undefined) return;
    // Read as received: the checks' own page leaves runs of other experiments out.
    const response = await client.searchRuns(searchBody({ experimentIds: [requested], runViewType: 'ALL', maxResults: ONE_PAGE }), { validate: false });
    checkOk(response, `a search of experiment ${requested}`);
    const runs = rawRunsOf(response);
    if (runs.length === 0 && hasRuns(requested)) throw new Inconclusive('the page of the requested experiment is empty, so no run could be placed (which runs come back is judged elsewhere)');
    const strays = runs.filter((r) => r.info?.experiment_id !== requested).map((r) => r.info?.experiment_id);
    check(strays.length === 0, 'runs of other experiments were returned', {
      received: strays,
      expected: `only experiment ${requested}`,
    });
  });
});
