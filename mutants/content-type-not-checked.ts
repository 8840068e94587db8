import { rebuild } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'content-type-not-checked',
  requirements: ['ERR-MALFORMED-BODY-400'],
  description: 'The body is read as JSON whatever its Content-Type (text/plain, none).',
  wrap: (handler) => async (req) => {
    if (req.method !== 'POST') return handler(req);
    const headers = new Headers(req.headers);
    headers.set('content-type', 'application/json');
    return handler(await rebuild(req, { headers }));
  },
});
