import { reshape } from './support/http';
import { mutant } from './mutant';

export default mutant({
  name: 'not-found-html-page',
  requirements: ['ERR-404'],
  description: "A 404 is the web server's HTML page, not the Error body.",
  wrap: (handler) => async (req) => {
    const response = await handler(req);
    if (response.status !== 404) return response;
    return reshape(response, { body: '<html><body><h1>404 Not Found</h1></body></html>', headers: (h) => h.set('content-type', 'text/html') });
  },
});
