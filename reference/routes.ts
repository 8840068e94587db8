/**
 * Which profile a path belongs to and which endpoint it names. Both profiles are served at once:
 *   oci     /20260430/aiDataPlatforms/{platformId}/workspaces/{workspaceKey}/mlops/api/2.0/mlflow/<endpoint>
 *   mlflow  /api/2.0/mlflow/<endpoint>
 */
import type { Profile } from './model';

export const OCI_API_VERSION = '20260430';

export type Route =
  | { kind: 'health' }
  | { kind: 'endpoint'; profile: Profile; endpoint: string }
  | { kind: 'not_found'; profile: Profile; message: string };

const OCI_PATH = /^\/20260430\/aiDataPlatforms\/([^/]+)\/workspaces\/([^/]+)\/mlops\/api\/2\.0\/mlflow\/(.+)$/;
const MLFLOW_PATH = /^\/api\/2\.0\/mlflow\/(.+)$/;

export function ociBasePath(platformId: string, workspaceKey: string): string {
  const segment = encodeURIComponent;
  return `/${OCI_API_VERSION}/aiDataPlatforms/${segment(platformId)}/workspaces/${segment(workspaceKey)}/mlops`;
}

export function resolveRoute(pathname: string, served: { platformId: string; workspaceKey: string }): Route {
  if (pathname === '/health') return { kind: 'health' };
  if (!pathname.startsWith(`/${OCI_API_VERSION}/`)) {
    const [, endpoint] = MLFLOW_PATH.exec(pathname) ?? [];
    if (endpoint !== undefined) return { kind: 'endpoint', profile: 'mlflow', endpoint };
    return { kind: 'not_found', profile: 'mlflow', message: `No endpoint at ${pathname}.` };
  }
  const [, platformId, workspaceKey, endpoint] = OCI_PATH.exec(pathname) ?? [];
  if (platformId === undefined || workspaceKey === undefined || endpoint === undefined) {
    return { kind: 'not_found', profile: 'oci', message: `No endpoint at ${pathname}.` };
  }
  if (decode(platformId) !== served.platformId || decode(workspaceKey) !== served.workspaceKey) {
    // One message for both, as OCI's NotAuthorizedOrNotFound reveals nothing about which is wrong.
    return { kind: 'not_found', profile: 'oci', message: 'Unknown AI Data Platform or workspace.' };
  }
  return { kind: 'endpoint', profile: 'oci', endpoint };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
