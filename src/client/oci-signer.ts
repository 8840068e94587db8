/**
 * OCI request signing (signature version 1) through oci-common, so the bytes signed are exactly
 * the bytes sent: we sign the final body string and send the headers the signer produced.
 */
import * as common from 'oci-common';

export interface SignableRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type Signer = (req: SignableRequest) => Promise<Record<string, string>>;

export function ociSigner(configFile: string, profile: string): Signer {
  const provider = new common.ConfigFileAuthenticationDetailsProvider(configFile, profile);
  const signer = new common.DefaultRequestSigner(provider);
  return async (req) => {
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
