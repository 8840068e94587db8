import { errorResponse } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'request-id-underscore-rejected',
  requirements: ['HDR-REQUEST-ID-ACCEPTED'],
  description: 'A client opc-request-id holding an underscore is rejected with 400: the server validates it as [A-Za-z0-9-]+, forgetting `_`.',
  wrap: (handler) => async (req) => {
    const id = req.headers.get('opc-request-id');
    if (id === null || /^[A-Za-z0-9-]+$/.test(id)) return handler(req);
    return errorResponse(handler, req, 'invalid_parameter', 400, `Invalid opc-request-id '${id}'.`);
  },
});
