import { reshape } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'unauthenticated-without-body',
  requirements: ['ERR-401'],
  description: 'A 401 comes with an empty body (the gateway answers before the application).',
  wrap: (handler) => async (req) => {
    const response = await handler(req);
    return response.status === 401 ? reshape(response, { body: '', headers: (h) => h.delete('content-type') }) : response;
  },
});
