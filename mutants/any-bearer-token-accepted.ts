import { MUTATION_BEARER_TOKEN } from './configurations';
import { rebuild } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'any-bearer-token-accepted',
  requirements: ['ERR-401'],
  description: 'Any Bearer token is let in: only the presence of the Authorization header is checked.',
  wrap: (handler) => async (req) => {
    if (!/^Bearer \S/.test(req.headers.get('authorization') ?? '')) return handler(req);
    const headers = new Headers(req.headers);
    headers.set('authorization', `Bearer ${MUTATION_BEARER_TOKEN}`);
    return handler(await rebuild(req, { headers }));
  },
});
