import { rebuild } from './support/http';
import { mutant } from './mutant';

const OCI_PATH = /^(\/20260430\/aiDataPlatforms\/)[^/]+(\/workspaces\/)[^/]+(\/mlops\/.*)$/;

export default mutant({
  name: 'unknown-workspace-ignored',
  requirements: ['ERR-404'],
  description: 'aiDataPlatformId and workspaceKey are not checked: any path answers as the one workspace there is.',
  wrap: (handler) => async (req) => {
    const url = new URL(req.url);
    const known = `$1${encodeURIComponent(handler.platformId)}$2${encodeURIComponent(handler.workspaceKey)}$3`;
    url.pathname = url.pathname.replace(OCI_PATH, known);
    return handler(await rebuild(req, { url }));
  },
});
