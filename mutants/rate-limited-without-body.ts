import { reshape } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'rate-limited-without-body',
  requirements: ['ERR-429'],
  description: 'A 429 comes with an empty body (the throttling proxy answers before the application).',
  wrap: (handler) => async (req) => {
    const response = await handler(req);
    return response.status === 429 ? reshape(response, { body: '', headers: (h) => h.delete('content-type') }) : response;
  },
});
