import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'next-page-header-offset',
  requirements: ['HDR-NEXT-PAGE'],
  description: "opc-next-page carries the next page's offset (OCI's GET `page` habit) instead of next_page_token.",
  behaviour: {
    responseHeaders(profile, context) {
      const headers = defaultBehaviour.responseHeaders(profile, context);
      if (headers['opc-next-page'] && context.nextPageToken) {
        headers['opc-next-page'] = Buffer.from(context.nextPageToken, 'base64url').toString().split(':')[0]!;
      }
      return headers;
    },
  },
});
