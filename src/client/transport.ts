/**
 * How a request reaches the wire. The suite's own transport is Node's HTTP client: Playwright's
 * APIRequestContext also works, but it records every call as a test step with a captured stack and ships each body through its protocol, which cost the
 * standard tier about a third of its workers' CPU (node --cpu-prof; issue "Time to verdict").
 */
import http from 'node:http';
import https from 'node:https';
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

/**
 * Node's HTTP client (node:http, node:https): keep-alive connections, no redirects followed, a
 * 60 s bound per request. Not `fetch`: its Request, Response and web streams cost about 0.5 ms of
 * CPU per request more (2000 small searches of the reference: 1.6 s against 0.6 s, client and
 * server together), and the standard tier sends some 8000.
 */
export function httpTransport(timeoutMs = TIMEOUT_MS): Transport {
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
  return ({ method, url, headers, body }) =>
    new Promise<WireResponse>((resolve, reject) => {
      const target = new URL(url);
      const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
      const bytes = body !== undefined ? Buffer.from(body, 'utf8') : undefined;
      const request = (protocol === 'https:' ? https : http).request(
        target,
        {
          method,
          agent: agents[protocol],
          // Bytes, so a string body never gets a content type of its own; the length as fetch sent it.
          headers: bytes !== undefined && !hasHeader(headers, 'content-length') ? { ...headers, 'content-length': String(bytes.length) } : headers,
          timeout: timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const responseHeaders: Record<string, string> = {};
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            resolve({ status: response.statusCode ?? 0, headers: responseHeaders, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms: ${method} ${url}`)));
      request.on('error', reject);
      request.end(bytes);
    });
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
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
