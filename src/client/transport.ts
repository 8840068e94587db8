/**
 * How a request reaches the wire. The suite's own transport is Node's HTTP client (undici, the
 * engine of `fetch`): Playwright's APIRequestContext also works, but it records every call as a
 * test step with a captured stack and ships each body through its protocol, which cost the
 * standard tier about a third of its workers' CPU (node --cpu-prof; issue "Time to verdict").
 */
import type { APIRequestContext } from '@playwright/test';

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface WireResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  text: string;
}

export type Transport = (request: WireRequest) => Promise<WireResponse>;

const TIMEOUT_MS = 60_000;

/** Node's HTTP client: keep-alive connections, no redirects followed, a 60 s bound per request. */
export function httpTransport(timeoutMs = TIMEOUT_MS): Transport {
  return async ({ method, url, headers, body }) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        // Bytes, not a string: a string body would get a text/plain content type when none is set.
        ...(body !== undefined ? { body: Buffer.from(body, 'utf8') } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw withCause(error);
    }
    const text = await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    return { status: response.status, headers: responseHeaders, text };
  };
}

/** Over a Playwright APIRequestContext (kept for callers that hold one). */
export function playwrightTransport(request: APIRequestContext): Transport {
  return async ({ method, url, headers, body }) => {
    const response = await request.fetch(url, {
      method,
      headers,
      // Bytes, not a string: Playwright JSON-encodes a string that is not valid JSON when the
      // content type is JSON, which would change a malformed body and break an OCI signature.
      ...(body !== undefined ? { data: Buffer.from(body, 'utf8') } : {}),
      failOnStatusCode: false,
      maxRedirects: 0,
    });
    return { status: response.status(), headers: response.headers(), text: await response.text() };
  };
}

/** fetch says only "fetch failed"; the cause (ECONNRESET, other side closed, …) is what matters. */
function withCause(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const cause = error.cause as { code?: string; message?: string } | undefined;
  if (!cause) return error;
  const wrapped = new Error(`${error.message}: ${[cause.code, cause.message].filter(Boolean).join(' ')}`);
  wrapped.name = error.name;
  return wrapped;
}
