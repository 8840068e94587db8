/**
 * max_results values by what they put to the test:
 *
 *   invalidMaxResults  := a fraction | text that is no integer | a list | an integer ≥ 2^31
 *   negativeMaxResults := -2^31 .. -1
 *   thresholdPageSize  := 50 000 | 10 001 .. 50 000 | pageSetRuns .. 50 000
 */
import fc from 'fast-check';

/** "All servers are guaranteed to support a max_results threshold of at least 50,000". */
export const GUARANTEED_PAGE_SIZE = 50_000;

/** Values that are no int32 at all: a server must refuse them (400), never read them as some page size. */
export function invalidMaxResults(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.double({ min: 0.01, max: 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
    // Text a lenient parser could still read as an integer ("12", " -3 ", "4.00") is left out.
    fc.string({ minLength: 1, maxLength: 8 }).filter((t) => !/^\s*-?\d+(\.0*)?\s*$/.test(t)),
    fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 2 }),
    fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  );
}

export function negativeMaxResults(): fc.Arbitrary<number> {
  return fc.integer({ min: -(2 ** 31), max: -1 });
}

/**
 * Page sizes above the page set's size (`pageSetRuns`) up to the guaranteed threshold, most of
 * them above the limits servers like to pick (10 000), and the threshold itself.
 */
export function thresholdPageSize(pageSetRuns: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constant(GUARANTEED_PAGE_SIZE),
    fc.integer({ min: 10_001, max: GUARANTEED_PAGE_SIZE }),
    fc.integer({ min: pageSetRuns, max: GUARANTEED_PAGE_SIZE }),
  );
}
