import { reshape } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'request-id-missing-on-errors',
  requirements: ['HDR-REQUEST-ID'],
  description: 'Error responses lack opc-request-id: the error path bypasses the middleware that sets it.',
  wrap: (handler) => async (req) => {
    const response = await handler(req);
    if (response.status < 400) return response;
    return reshape(response, { headers: (h) => h.delete('opc-request-id') });
  },
});
