/**
 * Verifies OCI request signatures, version 1: draft-cavage-http-signatures-08 as OCI uses it, in
 * the Authorization header (https://docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm):
 *
 *   Authorization: Signature version="1",keyId="<tenancy>/<user>/<fingerprint>",
 *     algorithm="rsa-sha256",headers="x-date (request-target) host …",signature="<base64>"
 *
 * Every request signs (request-target), host and a date (x-date or date); POST, PUT and PATCH also
 * sign content-type, content-length and x-content-sha256, which must describe the body received.
 * A date more than five minutes from the server's clock is refused, as OCI does.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

export interface OciSignatureConfig {
  /** Public keys (PEM) by keyId. */
  keys: Record<string, string>;
  /** Largest accepted distance between the signed date and the server's clock (default 5 min). */
  maxSkewMs?: number;
}

export const DEFAULT_MAX_SKEW_MS = 5 * 60_000;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const ALWAYS_SIGNED = ['(request-target)', 'host'];
const BODY_SIGNED = ['content-type', 'content-length', 'x-content-sha256'];

/** What the verifier needs of a request; the body is the bytes received. */
export interface SignedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array;
}

/** Why a signature was refused, or undefined when it is valid. */
export type OciVerifier = (req: SignedRequest) => string | undefined;

export function createOciVerifier(config: OciSignatureConfig, now: () => number = Date.now): OciVerifier {
  const keys = new Map<string, KeyObject>(Object.entries(config.keys).map(([id, pem]) => [id, createPublicKey(pem)]));
  const maxSkewMs = config.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  return (req) => {
    const params = parseSignatureHeader(req.headers.get('authorization') ?? '');
    if (typeof params === 'string') return params;
    if (params.version !== '1') return 'the signature must have version="1"';
    if (params.algorithm !== 'rsa-sha256') return 'the signature algorithm must be rsa-sha256';
    const key = params.keyId === undefined ? undefined : keys.get(params.keyId);
    if (!key) return 'the keyId is not known';
    if (!params.signature) return 'the signature is missing';

    const signed = (params.headers ?? 'date').toLowerCase().split(' ').filter(Boolean);
    const dateHeader = signed.includes('x-date') ? 'x-date' : 'date';
    const hasBody = BODY_METHODS.has(req.method.toUpperCase());
    for (const name of [...ALWAYS_SIGNED, dateHeader, ...(hasBody ? BODY_SIGNED : [])]) {
      if (!signed.includes(name)) return `the signature must cover ${name}`;
    }
    for (const name of signed) {
      if (name !== '(request-target)' && !req.headers.get(name)) return `the signed header ${name} is missing`;
    }

    const date = Date.parse(req.headers.get(dateHeader)!);
    if (Number.isNaN(date)) return `the ${dateHeader} header is not an HTTP date`;
    if (Math.abs(now() - date) > maxSkewMs) return `the ${dateHeader} header is more than ${maxSkewMs / 1000} s from the server's clock`;
    if (hasBody) {
      if (req.headers.get('content-length') !== String(req.body.byteLength)) return 'content-length does not match the body';
      const digest = createHash('sha256').update(req.body).digest('base64');
      if (req.headers.get('x-content-sha256') !== digest) return 'x-content-sha256 does not match the body';
    }

    const signingString = signed.map((name) => `${name}: ${signedValue(req, name)}`).join('\n');
    const valid = verify('sha256', Buffer.from(signingString), key, Buffer.from(params.signature, 'base64'));
    return valid ? undefined : 'the signature does not verify';
  };
}

function signedValue(req: SignedRequest, name: string): string {
  if (name !== '(request-target)') return req.headers.get(name)!;
  const url = new URL(req.url);
  return `${req.method.toLowerCase()} ${url.pathname}${url.search}`;
}

/**
 * The parameters of `Signature k="v",k="v",…`, or why the header is not one. Values are quoted
 * and never contain a quote (base64, key ids, header names).
 */
export function parseSignatureHeader(value: string): Record<string, string> | string {
  const match = /^Signature\s+(.*)$/i.exec(value.trim());
  if (!match) return 'the Authorization header is not an OCI signature';
  const params: Record<string, string> = {};
  const pattern = /\s*([A-Za-z]+)="([^"]*)"\s*(,|$)/y;
  const text = match[1]!;
  while (pattern.lastIndex < text.length) {
    const start = pattern.lastIndex;
    const param = pattern.exec(text);
    if (!param || param.index !== start) return 'the signature parameters are malformed';
    const [, name, paramValue] = param;
    if (Object.hasOwn(params, name!)) return `the signature parameter ${name} is repeated`;
    params[name!] = paramValue!;
    if (param[3] === '') break;
  }
  return params;
}
