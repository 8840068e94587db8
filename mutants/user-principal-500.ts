import { errorResponse } from './support/http';
import { mutant } from './mutant';

/** Whether the header holds base64 of a JSON object, the only form this server expects. */
function decodes(value: string): boolean {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null;
  } catch {
    return false;
  }
}

export default mutant({
  name: 'user-principal-500',
  requirements: ['HDR-USER-PRINCIPAL'],
  description: 'A dh-user-principal that is not base64-encoded JSON makes the server fail with 500 while decoding it.',
  wrap: (handler) => async (req) => {
    const principal = req.headers.get('dh-user-principal');
    if (principal === null || decodes(principal)) return handler(req);
    return errorResponse(handler, req, 'internal', 500, 'Internal error.');
  },
});
