/**
 * The reference server as a pure WHATWG handler over an in-memory store: `(Request) => Response`.
 * Order of checks: rate limit, credentials, platform/workspace, endpoint, method, body.
 */
import { createAuthenticator, type AuthConfig } from './auth';
import { defaultBehaviour, type Behaviour, type HeaderContext } from './behaviour';
import { experimentEndpoints } from './endpoints/experiments';
import type { Endpoint, EndpointResult } from './endpoints/endpoint';
import { queryBody, type Body } from './endpoints/fields';
import { runEndpoints } from './endpoints/runs';
import { searchRuns } from './endpoints/search-runs';
import { ApiError, invalidParameter } from './errors';
import { parseJson, stringifyJson } from './json';
import type { Profile } from './model';
import { createRateLimiter, type RateLimitConfig } from './rate-limit';
import { resolveRoute, type Route } from './routes';
import { isObject } from './search-request';
import { Store } from './store';

export interface ReferenceOptions {
  platformId?: string;
  workspaceKey?: string;
  /** Largest accepted max_results; the spec guarantees at least 50 000. */
  maxResultsLimit?: number;
  auth?: AuthConfig;
  rateLimit?: RateLimitConfig;
  /** Overrides of the semantic seams; a mutant is one such override. */
  behaviour?: Partial<Behaviour>;
  /** Clock for the rate-limit window and the OCI signature's date (tests). */
  now?: () => number;
  /** Where a bug (an error that is not an ApiError) is reported before the 500; stderr by default. */
  onUnexpectedError?: (error: unknown) => void;
}

export type ReferenceHandler = ((req: Request) => Promise<Response>) & {
  store: Store;
  behaviour: Behaviour;
  platformId: string;
  workspaceKey: string;
};

export const DEFAULT_PLATFORM_ID = 'ocid1.aidataplatform.oc1..reference';
export const DEFAULT_WORKSPACE_KEY = 'reference-workspace';
export const DEFAULT_MAX_RESULTS_LIMIT = 50_000;

type ApiRoute = Exclude<Route, { kind: 'health' }>;

const ENDPOINTS = new Map<string, Endpoint>(
  Object.entries({ ...experimentEndpoints, ...runEndpoints, 'runs/search': searchRuns }),
);

export function createReferenceHandler(options: ReferenceOptions = {}): ReferenceHandler {
  const platformId = options.platformId ?? DEFAULT_PLATFORM_ID;
  const workspaceKey = options.workspaceKey ?? DEFAULT_WORKSPACE_KEY;
  const limits = { maxResultsLimit: options.maxResultsLimit ?? DEFAULT_MAX_RESULTS_LIMIT };
  const behaviour: Behaviour = { ...defaultBehaviour, ...options.behaviour };
  const store = new Store((current, logged) => behaviour.latestMetric(current, logged));
  const authenticator = options.auth && createAuthenticator(options.auth, options.now);
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit, options.now);

  async function serve(req: Request, url: URL, route: ApiRoute): Promise<EndpointResult> {
    const retryAfter = limiter?.admit();
    if (retryAfter !== undefined) {
      throw new ApiError('rate_limited', 'Too many requests.', { 'retry-after': String(retryAfter) });
    }
    const refused = authenticator && (await authenticator.authenticate(req));
    if (authenticator && refused) {
      throw new ApiError('unauthenticated', refused, { 'www-authenticate': authenticator.challenge });
    }
    if (route.kind === 'not_found') throw new ApiError('no_such_endpoint', route.message);
    const endpoint = ENDPOINTS.get(route.endpoint);
    if (!endpoint) throw new ApiError('no_such_endpoint', `No endpoint '${route.endpoint}'.`);
    if (req.method !== endpoint.method) {
      throw new ApiError('method_not_allowed', `Use ${endpoint.method} for ${route.endpoint}.`, {
        allow: endpoint.method,
      });
    }
    const body = endpoint.method === 'POST' ? await readJsonBody(req) : queryBody(url);
    return endpoint.handle({ profile: route.profile, store, behaviour, limits, body });
  }

  function reply(profile: Profile, status: number, body: unknown, context: HeaderContext, extra = {}): Response {
    const headers = { ...behaviour.responseHeaders(profile, context), ...extra };
    return new Response(stringifyJson(body), { status, headers });
  }

  /** A bug, not a client error: reported, then answered with the profile's 500 body. */
  function unexpected(thrown: unknown): ApiError {
    (options.onUnexpectedError ?? ((error) => console.error('reference server: unexpected error', error)))(thrown);
    return new ApiError('internal', 'Internal error.');
  }

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const route = resolveRoute(url.pathname, { platformId, workspaceKey });
    if (route.kind === 'health') {
      return new Response('OK', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    const requestId = behaviour.requestId();
    try {
      const { body, nextPageToken } = await serve(req, url, route);
      return reply(route.profile, 200, body, { requestId, nextPageToken });
    } catch (thrown) {
      const error = thrown instanceof ApiError ? thrown : unexpected(thrown);
      const body = behaviour.errorBody(route.profile, error.kind, error.message);
      return reply(route.profile, behaviour.errorStatus(error.kind), body, { requestId }, error.headers);
    }
  };
  return Object.assign(handler, { store, behaviour, platformId, workspaceKey });
}

/** Content-Type must be JSON (as MLflow) and the body a JSON object. */
async function readJsonBody(req: Request): Promise<Body> {
  const mediaType = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw invalidParameter(`Content-Type must be application/json, got '${mediaType ?? ''}'.`);
  }
  let body: unknown;
  try {
    body = parseJson(await req.text());
  } catch {
    throw new ApiError('malformed_body', 'The request body is not valid JSON.');
  }
  if (!isObject(body)) throw invalidParameter('The request body must be a JSON object.');
  return body;
}
