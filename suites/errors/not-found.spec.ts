import { notApplicableIf, test } from '../harness';
import { check } from '../support';
import { checkErrorBody } from '../support';
import { rawRunsOf } from '../support';

test.describe('404', () => {
  const UNKNOWN: Array<[string, (path: string) => string]> = [
    ['an unknown aiDataPlatformId', (p) => p.replace(/aiDataPlatforms\/[^/]+/, 'aiDataPlatforms/ocid1.aidataplatform.oc1..rscnosuchplatform')],
    ['an unknown workspaceKey', (p) => p.replace(/workspaces\/[^/]+/, 'workspaces/rsc-no-such-workspace')],
  ];
  for (const [what, rewrite] of UNKNOWN) {
    test(`ERR-404: ${what} gets 404 with the error body`, async ({ client, target, scope }) => {
      notApplicableIf(target.profile !== 'oci', 'path parameters belong to the oci profile');
      // An experiment that exists under the real path: only the path parameter is unknown.
      const response = await client.send(rewrite(client.url('runs/search')), { body: { experiment_ids: [scope.experimentIds[0] ?? '0'] } });
      check(response.status === 404, `${what} must get 404`, { received: response.status, expected: 404, response: { status: [404], errorBody: true } });
      checkErrorBody(response, target.profile, what);
    });
  }

  test('ERR-404-EXPERIMENT: an unknown experiment id gets 200 with no runs, or 404 with the error body', async ({ client, target }) => {
    const response = await client.searchRuns({ experiment_ids: ['987654321987'] }, { validate: false });
    check(response.status === 200 || response.status === 404, 'an unknown experiment is no server error', {
      received: response.status,
      expected: '200 or 404',
    });
    if (response.status === 200) {
      check(rawRunsOf(response).length === 0, 'an unknown experiment has no runs', { received: response.text.slice(0, 300) });
    } else {
      checkErrorBody(response, target.profile, 'an unknown experiment id');
    }
  });
});
