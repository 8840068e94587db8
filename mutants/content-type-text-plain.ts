import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'content-type-text-plain',
  requirements: ['RESP-CONTENT-TYPE'],
  description: 'JSON bodies are labelled Content-Type: text/plain (a framework default left in place).',
  behaviour: {
    responseHeaders: (profile, context) => ({
      ...defaultBehaviour.responseHeaders(profile, context),
      'content-type': 'text/plain; charset=utf-8',
    }),
  },
});
