import { notApplicableIf, test } from '../harness';
import { isEndToken } from '../../src/oracle';
import { Inconclusive } from '../../src/outcome';
import { check, checkOk } from '../support';
import { allExperiments, searchBody } from '../support';
import { nextPageTokenOf } from '../support';

test.describe('headers', () => {
  test('HDR-REQUEST-ID: every response carries a non-empty opc-request-id (200, 400 and 404)', async ({ client, seeded, target }) => {
    notApplicableIf(target.profile !== 'oci', 'opc-* headers belong to the oci profile');
    const responses = [
      await client.searchRuns(searchBody({ ...allExperiments(seeded), maxResults: 3 })),
      await client.searchRuns(searchBody({ ...allExperiments(seeded), filter: 'params.x = ' }), { validate: false }),
      await client.send(client.url('runs/search').replace(/workspaces\/[^/]+/, 'workspaces/rsc-no-such-workspace'), {
        body: { experiment_ids: seeded.experimentIds },
      }),
    ];
    for (const response of responses) {
      const id = response.headers['opc-request-id'];
      check(!!id && id.trim() !== '', `the HTTP ${response.status} response must carry opc-request-id`, {
        received: id ?? '(absent)',
      });
    }
  });

  test('HDR-NEXT-PAGE: opc-next-page, when present, equals next_page_token; absent or empty on the last page', async ({ client, seeded, target }) => {
    notApplicableIf(target.profile !== 'oci', 'opc-* headers belong to the oci profile');
    const first = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', maxResults: 2 }));
    checkOk(first, 'a first page of 2');
    const token = nextPageTokenOf(first);
    // Whether a token should be there is PAGE-TOKEN-END's and PAGE-EXHAUSTION's to judge.
    if (isEndToken(token)) throw new Inconclusive('the first page of 2 carries no next_page_token, so there is no header to compare it with');
    const header = first.headers['opc-next-page'];
    check(header === undefined || header === token, 'opc-next-page must equal next_page_token', {
      received: header,
      expected: token,
    });
    // Whether the page of every run carries a token is PAGE-TOKEN-END's to judge; the header must agree with it.
    const last = await client.searchRuns(searchBody({ ...allExperiments(seeded), runViewType: 'ALL', maxResults: 1000 }));
    checkOk(last, 'a page of every run');
    const lastToken = nextPageTokenOf(last);
    const lastHeader = last.headers['opc-next-page'];
    const agrees = isEndToken(lastToken) ? !lastHeader : lastHeader === undefined || lastHeader === lastToken;
    check(agrees, 'on the page of every run, opc-next-page must agree with next_page_token (absent or empty when that is)', {
      received: lastHeader,
      expected: isEndToken(lastToken) ? 'absent or empty' : lastToken,
    });
  });

  test('HDR-USER-PRINCIPAL: dh-user-principal is accepted, never a 5xx', async ({ client, seeded }) => {
    const values = ['rsc-user', Buffer.from('{"sub":"rsc"}').toString('base64'), 'not base64 at all!', ''];
    for (const value of values) {
      const response = await client.searchRuns(searchBody({ ...allExperiments(seeded), maxResults: 1 }), {
        headers: { 'dh-user-principal': value },
        validate: false,
      });
      check(response.status < 500, `dh-user-principal ${JSON.stringify(value)} must not cause a server error`, {
        received: response.status,
      });
    }
  });
});

test('HDR-REQUEST-ID-ACCEPTED: a valid opc-request-id on the request does not change the answer', async ({ client, seeded, target }) => {
  notApplicableIf(target.profile !== 'oci', 'opc-* headers belong to the oci profile');
  const body = searchBody({ ...allExperiments(seeded), maxResults: 3 });
  for (const id of ['rsc_request-ID_0123456789', 'A', `${'x'.repeat(60)}_-9`]) {
    const response = await client.searchRuns(body, { headers: { 'opc-request-id': id }, validate: false });
    check(response.status === 200, `opc-request-id ${JSON.stringify(id)} uses only the valid characters`, {
      received: response.status,
      expected: 200,
    });
  }
});
