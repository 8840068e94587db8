/**
 * Credentials checks. Each configured kind becomes an Authenticator; OCI request-signature
 * verification will be one more `kind` here, with no change to the handler.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type AuthConfig =
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string };

export interface Authenticator {
  /** True when the request carries the configured credentials. */
  authenticate(req: Request): Promise<boolean>;
  /** The WWW-Authenticate challenge sent with a 401. */
  challenge: string;
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  switch (config.kind) {
    case 'bearer':
      return headerAuthenticator(`Bearer ${config.token}`, 'Bearer');
    case 'basic': {
      const credentials = Buffer.from(`${config.username}:${config.password}`).toString('base64');
      return headerAuthenticator(`Basic ${credentials}`, 'Basic realm="reference"');
    }
  }
}

function headerAuthenticator(expected: string, challenge: string): Authenticator {
  return {
    challenge,
    authenticate: async (req) => sameSecret(req.headers.get('authorization') ?? '', expected),
  };
}

/** Constant-time comparison, so response timing does not reveal how much of a secret matched. */
function sameSecret(received: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(received), digest(expected));
}
