/**
 * Runs `work` on every item, at most `limit` at a time (photos decoded, files
 * compressed or indexed while the next is read); the results keep the items' order.
 */
export async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Like mapPool, but hands each result over as soon as it and every one before
 * it are ready, so a long list (every file of a site) is never held at once:
 * at most `limit` items are in work or waiting to be taken.
 */
export async function* mapOrdered<T, R>(items: Iterable<T>, limit: number, work: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const waiting: Promise<R>[] = [];
  let index = 0;
  for (const item of items) {
    const result = work(item, index++);
    // Handled when its turn comes; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    waiting.push(result);
    if (waiting.length >= Math.max(1, limit)) yield await waiting.shift()!;
  }
  while (waiting.length > 0) yield await waiting.shift()!;
}
