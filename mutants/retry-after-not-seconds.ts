import { reshape } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'retry-after-not-seconds',
  requirements: ['ERR-429'],
  description: 'Retry-After carries milliseconds with a unit ("1000ms"), neither seconds nor an HTTP date.',
  wrap: (handler) => async (req) => {
    const response = await handler(req);
    if (response.status !== 429) return response;
    return reshape(response, { headers: (h) => h.set('retry-after', `${Number(h.get('retry-after') ?? '1') * 1000}ms`) });
  },
});
