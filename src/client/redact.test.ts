import { test, expect } from '@playwright/test';
import { loadTarget } from '../config';
import { REDACTED, redactErrorMessage, redactHeaders, redactReportedErrors, secretsOf } from './redact';

const TOKEN = 'rsc-token-abcdef';
const bearer = loadTarget({ SUITE_SEED: '1', TARGET_URL: 'http://127.0.0.1:1', TARGET_AUTH: 'bearer', TARGET_TOKEN: TOKEN });
const basic = loadTarget({ SUITE_SEED: '1', TARGET_URL: 'http://127.0.0.1:1', TARGET_AUTH: 'basic', TARGET_USERNAME: 'user', TARGET_PASSWORD: 'pa55word' });
const b64 = (text: string) => Buffer.from(text).toString('base64');

test('secretsOf lists each secret with its base64 forms, longest first', () => {
  expect(secretsOf(bearer)).toEqual([b64(TOKEN), TOKEN]);
  expect(secretsOf(basic)).toEqual([b64('user:pa55word'), b64('pa55word'), 'pa55word']);
});

/** What Playwright's APIRequestContext puts in the message of a failed fetch. */
const CALL_LOG = [
  'apiRequestContext.fetch: read ECONNRESET',
  'Call log:',
  '\u001b[2m  - → POST http://127.0.0.1:1/api/2.0/mlflow/runs/search\u001b[22m',
  '\u001b[2m    - accept: */*\u001b[22m',
  `\u001b[2m    - authorization: Bearer ${TOKEN}\u001b[22m`,
  '\u001b[2m    - Authorization: Signature version="1",keyId="a/b/c",signature="AAAA"\u001b[22m',
  '    - cookie: session=1',
  `    - x-echo: ${TOKEN}`,
].join('\n');

test('an error message from Playwright loses every credential header value and every known secret', () => {
  const redacted = redactErrorMessage(CALL_LOG, secretsOf(bearer));
  expect(redacted).not.toContain(TOKEN);
  expect(redacted).not.toContain('signature=');
  expect(redacted).not.toContain('session=1');
  expect(redacted).toContain(`\u001b[2m    - authorization: ${REDACTED}\u001b[22m`);
  expect(redacted).toContain('    - accept: */*');
  expect(redacted).toContain(`    - x-echo: ${REDACTED}`);
});

test('headers: credential headers are replaced, a secret echoed in another header is scrubbed', () => {
  const headers = { authorization: `Basic ${b64('user:pa55word')}`, 'x-echo': `you sent Basic ${b64('user:pa55word')}`, accept: 'x' };
  expect(redactHeaders(headers, secretsOf(basic))).toEqual({ authorization: REDACTED, 'x-echo': `you sent Basic ${REDACTED}`, accept: 'x' });
});

test('reported errors are redacted in place, causes included', () => {
  const errors = [{ message: `got ${TOKEN}`, stack: `Error: got ${TOKEN}\n    at x`, cause: { value: b64(TOKEN) } }];
  redactReportedErrors(errors, secretsOf(bearer));
  expect(JSON.stringify(errors)).not.toContain(TOKEN);
  expect(JSON.stringify(errors)).not.toContain(b64(TOKEN));
  expect(errors[0]!.message).toBe(`got ${REDACTED}`);
});
