import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'request-id-missing',
  requirements: ['HDR-REQUEST-ID'],
  description: 'No response carries opc-request-id (as every MLflow-family server).',
  behaviour: {
    responseHeaders(profile, context) {
      const { 'opc-request-id': _dropped, ...headers } = defaultBehaviour.responseHeaders(profile, context);
      return headers;
    },
  },
});
