/**
 * Credentials checks. Each configured kind becomes an Authenticator, which says why a request is
 * refused (the message of the 401) or lets it in.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createOciVerifier, type OciSignatureConfig } from './oci-signature';

export type AuthConfig =
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | ({ kind: 'oci' } & OciSignatureConfig);

export interface Authenticator {
  /** Undefined when the request carries valid credentials; otherwise why it does not. */
  authenticate(req: Request): Promise<string | undefined>;
  /** The WWW-Authenticate challenge sent with a 401. */
  challenge: string;
}

const REFUSED = 'Missing or invalid credentials.';

/** `now` is the clock an OCI signature's date is compared with. */
export function createAuthenticator(config: AuthConfig, now: () => number = Date.now): Authenticator {
  switch (config.kind) {
    case 'bearer':
      return headerAuthenticator(`Bearer ${config.token}`, 'Bearer');
    case 'basic': {
      const credentials = Buffer.from(`${config.username}:${config.password}`).toString('base64');
      return headerAuthenticator(`Basic ${credentials}`, 'Basic realm="reference"');
    }
    case 'oci': {
      const verifyRequest = createOciVerifier(config, now);
      return {
        challenge: 'Signature headers="(request-target) host x-date"',
        async authenticate(req) {
          // A clone, so the handler can still read the body it verified.
          const body = new Uint8Array(await req.clone().arrayBuffer());
          const reason = verifyRequest({ method: req.method, url: req.url, headers: req.headers, body });
          return reason === undefined ? undefined : `${REFUSED} The OCI request signature was refused: ${reason}.`;
        },
      };
    }
  }
}

function headerAuthenticator(expected: string, challenge: string): Authenticator {
  return {
    challenge,
    authenticate: async (req) => (sameSecret(req.headers.get('authorization') ?? '', expected) ? undefined : REFUSED),
  };
}

/** Constant-time comparison, so response timing does not reveal how much of a secret matched. */
function sameSecret(received: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(received), digest(expected));
}
