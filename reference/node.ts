/**
 * The thin node:http adapter around the pure handler. Building and listening are separate, so a
 * caller can wrap or inspect the server before it takes a port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReferenceHandler, type ReferenceHandler, type ReferenceOptions } from './handler';

/** An unstarted server answering with the given handler, or a fresh one built from options. */
export function createReferenceServer(target: ReferenceOptions | ReferenceHandler = {}): Server {
  const handler = typeof target === 'function' ? target : createReferenceHandler(target);
  const server = createServer((incoming, outgoing) => {
    void serve(handler, incoming, outgoing);
  });
  // Clients keep connections alive across a whole run; a server that closes an idle socket just as
  // the client reuses it resets the next request (ECONNRESET under load). Outlive the clients instead.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  return server;
}

/** Methods WHATWG Request refuses to build; they never reach the handler, so the adapter answers them. */
const UNREPRESENTABLE_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

function methodNotAllowed(incoming: IncomingMessage, outgoing: ServerResponse): void {
  const message = `${incoming.method} is not allowed here`;
  const mlflow = (incoming.url ?? '').startsWith('/api/2.0/');
  outgoing.writeHead(405, { 'content-type': 'application/json', allow: 'GET, POST' });
  outgoing.end(JSON.stringify(mlflow ? { error_code: 'BAD_REQUEST', message } : { code: 'MethodNotAllowed', message }));
}

async function serve(handler: ReferenceHandler, incoming: IncomingMessage, outgoing: ServerResponse) {
  if (UNREPRESENTABLE_METHODS.has(incoming.method ?? '')) return methodNotAllowed(incoming, outgoing);
  try {
    const response = await handler(await toRequest(incoming));
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string | number> = { 'content-length': body.length };
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    outgoing.writeHead(response.status, headers);
    outgoing.end(body);
  } catch (error) {
    // Only an adapter failure lands here; the handler answers its own errors.
    if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' });
    outgoing.end(JSON.stringify({ code: 'InternalServerError', message: String(error) }));
  }
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i] ?? '', incoming.rawHeaders[i + 1] ?? '');
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Prefixing rather than resolving keeps a path such as `//x` a path instead of a host.
  return new Request(`http://reference${incoming.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(server: Server, { port = 0, host = '127.0.0.1' } = {}): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostPart}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
