/**
 * page_token values the server never issued:
 *
 *   unissuedPageToken := printable text (not blank, not the issued token)
 *                      | base64 of 1–30 random bytes
 *                      | the issued token cut short (when one was issued, longer than 2)
 */
import fc from 'fast-check';

/** `issued`: the token a first page carried, if any; its prefixes are the tokens most like a real one. */
export function unissuedPageToken(issued: string | null | undefined): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== '' && t !== issued),
    fc.uint8Array({ minLength: 1, maxLength: 30 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    ...(typeof issued === 'string' && issued.length > 2 ? [fc.integer({ min: 1, max: issued.length - 1 }).map((n) => issued.slice(0, n))] : []),
  );
}
