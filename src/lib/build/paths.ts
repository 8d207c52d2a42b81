import { createHash } from 'node:crypto';

/**
 * Astro's cache (content layer store, processed images) for a content tree.
 * Each tree gets its own, so switching between the real content, the demo
 * corpus and test fixtures never serves stale entries.
 */
export function cacheDirFor(contentDir: string | undefined): string {
  if (!contentDir) return './node_modules/.astro';
  return `./node_modules/.astro-${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}`;
}
