export interface Slot<T> {
  current: T | null;
}

/**
 * A place for something made once per server process (the content snapshot, the search index).
 *
 * Next bundles a server module once for pages and once more for route handlers (sitemap, feed,
 * search API, social cards), and each copy has its own module state: a cache kept there is filled,
 * and held, twice per process (a prerender worker's profile showed the content scanner running in
 * both bundles). In production the slot lives on `globalThis` under a registered symbol, which
 * every copy finds. Development keeps one per module copy, so edited code never reuses what its
 * previous version made.
 */
export function processSlot<T>(name: string): Slot<T> {
  if (process.env.NODE_ENV !== 'production') return { current: null };
  const slots = globalThis as Record<symbol, Slot<T> | undefined>;
  return (slots[Symbol.for(`icp-wiki.${name}`)] ??= { current: null });
}
