/**
 * OCI request signing (signature version 1) through oci-common, so the bytes signed are exactly
 * the bytes sent: the client signs the final body string, sends that string as UTF-8 bytes, and
 * sends the headers the signer produced (host, x-date, content-type, content-length,
 * x-content-sha256, authorization) unchanged.
 */
import * as common from 'oci-common';
import { Inconclusive } from './inconclusive';

export interface SignableRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type Signer = (req: SignableRequest) => Promise<Record<string, string>>;

/**
 * The signer of a profile of an OCI config file (TARGET_OCI_CONFIG_FILE, TARGET_OCI_PROFILE). A
 * config or key that cannot be used is an Error with one line naming the file.
 */
export function ociSigner(configFile: string, profile: string): Signer {
  const provider = configFileProvider(configFile, profile);
  try {
    return signerFor(provider);
  } catch (error) {
    throw unusable(configFile, profile, error);
  }
}

export function configFileProvider(configFile: string, profile: string): common.AuthenticationDetailsProvider {
  try {
    return new common.ConfigFileAuthenticationDetailsProvider(configFile, profile);
  } catch (error) {
    throw unusable(configFile, profile, error);
  }
}

/** oci-common throws strings for some faults (an unreadable key file). */
function unusable(configFile: string, profile: string, error: unknown): Error {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new Error(`cannot sign with profile ${profile} of ${configFile}: ${message}`);
}

/** Methods whose signature covers content-type, content-length and x-content-sha256. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A signer with any provider: the 401 checks sign with a key the target does not know. */
export function signerFor(provider: common.AuthenticationDetailsProvider): Signer {
  const signer = new common.DefaultRequestSigner(provider);
  return async (req) => {
    // oci-common would add `content-type: application/json` itself, and the request sent would
    // not be the one the test asked for.
    if (BODY_METHODS.has(req.method.toUpperCase()) && !Object.keys(req.headers).some((name) => name.toLowerCase() === 'content-type')) {
      throw new Inconclusive(`an OCI-signed ${req.method} must sign a Content-Type, so a request without one cannot be sent signed`);
    }
    const httpRequest: common.HttpRequest = {
      method: req.method as common.Method,
      uri: req.url,
      headers: new Headers(req.headers),
      ...(req.body !== undefined ? { body: req.body } : {}),
    };
    await signer.signHttpRequest(httpRequest);
    const signed: Record<string, string> = {};
    httpRequest.headers.forEach((value, name) => {
      signed[name] = value;
    });
    return signed;
  };
}
