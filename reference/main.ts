/**
 * `npm run reference -- [--port N] [--host H] [--auth bearer --token T | --auth basic --username U
 * --password P | --auth oci --oci-key-id ID --oci-public-key FILE] [--rate-limit N/ms]
 * [--max-results-limit N]`: the reference server on loopback.
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AuthConfig } from './auth';
import type { ReferenceOptions } from './handler';
import { ociBasePath } from './routes';
import { startReference } from './start';

const DEFAULT_PORT = 5555;
/** The server has no TLS and optional auth: it must never face a network. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

class UsageError extends Error {}

function positiveInteger(text: string, flag: string): number {
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} must be a positive integer, got '${text}'`);
  return Number(text);
}

function authFrom(values: Record<string, string | undefined>): AuthConfig | undefined {
  const { auth, token, username, password } = values;
  const keyId = values['oci-key-id'];
  const publicKeyFile = values['oci-public-key'];
  if (auth === undefined) return undefined;
  if (auth === 'bearer') {
    if (!token) throw new UsageError('--auth bearer needs --token');
    return { kind: 'bearer', token };
  }
  if (auth === 'basic') {
    if (!username || password === undefined) throw new UsageError('--auth basic needs --username and --password');
    return { kind: 'basic', username, password };
  }
  if (auth === 'oci') {
    if (!keyId || !publicKeyFile) throw new UsageError('--auth oci needs --oci-key-id and --oci-public-key');
    let publicKeyPem: string;
    try {
      publicKeyPem = readFileSync(publicKeyFile, 'utf8');
      createPublicKey(publicKeyPem);
    } catch {
      throw new UsageError(`--oci-public-key: ${publicKeyFile} is not a readable PEM public key`);
    }
    return { kind: 'oci', keys: { [keyId]: publicKeyPem } };
  }
  throw new UsageError(`--auth must be bearer, basic or oci, got '${auth}'`);
}

export function optionsFrom(args: string[]): { port: number; host: string; options: ReferenceOptions } {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      auth: { type: 'string' },
      token: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      'oci-key-id': { type: 'string' },
      'oci-public-key': { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-results-limit': { type: 'string' },
    },
  });
  const host = values.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.includes(host)) throw new UsageError(`--host must be one of ${LOOPBACK_HOSTS.join(', ')}, got '${host}'`);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^[0-9]+$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port must be 0..65535`);

  const options: ReferenceOptions = { auth: authFrom(values) };
  const rate = values['rate-limit'];
  if (rate !== undefined) {
    const [requests = '', perMs = ''] = rate.split('/');
    options.rateLimit = { requests: positiveInteger(requests, '--rate-limit N'), perMs: positiveInteger(perMs, '--rate-limit /ms') };
  }
  const limit = values['max-results-limit'];
  if (limit !== undefined) options.maxResultsLimit = positiveInteger(limit, '--max-results-limit');
  return { port, host, options };
}

/** A stray positional argument may be a secret typed after the wrong flag: never echo it. */
export function usageMessage(error: unknown): string {
  const positional = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL';
  return positional ? 'unexpected argument; flags take the form --name value' : (error as Error).message;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof optionsFrom>;
  try {
    parsed = optionsFrom(process.argv.slice(2));
  } catch (error) {
    console.error(`reference: ${usageMessage(error)}`);
    process.exit(2);
  }
  const server = await startReference(parsed.options, { port: parsed.port, host: parsed.host });
  const base = ociBasePath(server.handler.platformId, server.handler.workspaceKey);
  console.log(`reference server listening on ${server.url} (profiles: oci at ${base}, mlflow at /)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
