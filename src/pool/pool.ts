/**
 * Maps `fn` over `items` with at most `limit` calls in flight, started in the order given; the
 * results keep that order. The first rejection rejects the result at once, but the other workers
 * still take the items left (nothing here can stop a call already running anyway).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  if (!(limit >= 1)) throw new RangeError(`mapLimit: the limit must be at least 1 (got ${limit})`);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
