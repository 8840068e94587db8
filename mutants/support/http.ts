/** Helpers for the few mutants that wrap the finished handler instead of overriding a seam. */
import type { ErrorKind } from '../../reference';
import type { ReferenceHandler } from '../../reference';
import { parseJson, stringifyJson } from '../../reference';
import type { Profile } from '../../reference';

export function isRunsSearch(req: Request): boolean {
  return req.method === 'POST' && new URL(req.url).pathname.endsWith('/mlflow/runs/search');
}

export function profileOf(req: Request): Profile {
  return new URL(req.url).pathname.startsWith('/api/2.0/') ? 'mlflow' : 'oci';
}

/** The request with its JSON body replaced by `edit(body)`; unchanged when the body is not JSON. */
export async function withJsonBody(req: Request, edit: (body: Record<string, unknown>) => Record<string, unknown>): Promise<Request> {
  const text = await req.clone().text();
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    return req;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return req;
  return rebuild(req, { body: stringifyJson(edit(body as Record<string, unknown>)) });
}

/** A copy of the request with another URL, headers or body (the body is buffered). */
export async function rebuild(req: Request, change: { url?: URL; headers?: Headers; body?: string }): Promise<Request> {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(change.url ?? req.url, {
    method: req.method,
    headers: change.headers ?? req.headers,
    body: hasBody ? (change.body ?? (await req.clone().arrayBuffer())) : undefined,
  });
}

/** A fresh response with the given parts; unspecified ones are copied from `response`. */
export async function reshape(
  response: Response,
  change: { status?: number; body?: string; headers?: (headers: Headers) => void },
): Promise<Response> {
  const headers = new Headers(response.headers);
  change.headers?.(headers);
  const body = change.body ?? (await response.text());
  return new Response(body, { status: change.status ?? response.status, headers });
}

/** An error answer as the handler would give it, with the profile's body. */
export function errorResponse(handler: ReferenceHandler, req: Request, kind: ErrorKind, status: number, message: string): Response {
  const profile = profileOf(req);
  const headers = handler.behaviour.responseHeaders(profile, { requestId: handler.behaviour.requestId() });
  return new Response(stringifyJson(handler.behaviour.errorBody(profile, kind, message)), { status, headers });
}

/** The MLflow endpoint a request names (`runs/restore`, `experiments/delete`, …), under either profile's base path. */
export function endpointOf(req: Request): string | undefined {
  return /\/mlflow\/([a-z-]+\/[a-z-]+)$/.exec(new URL(req.url).pathname)?.[1];
}

/** The request's JSON object body, read from a copy (the handler still gets the original); {} when it is not one. */
export async function jsonBodyOf(req: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = parseJson(await req.clone().text());
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
