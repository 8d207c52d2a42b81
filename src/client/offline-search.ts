/**
 * The offline copy's search, bundled by scripts/lib/archive/offline-copy.ts
 * into tim-kiem/chi-muc.js after the index's summary: the engine of
 * src/lib/search/offline.ts, its shards read as classic scripts from the
 * folder named after this script (tim-kiem/chi-muc/), one when a search first
 * needs it. A page opened from file:// may not fetch files, but may add scripts.
 */
import { searchOfflineIndex } from '../lib/search/offline';
import type { OfflineSummary } from '../lib/search/offline-index';

declare global {
  interface Window {
    /** Written before this script in the same file. */
    offlineSearchSummary?: OfflineSummary;
    /** Called by each shard's script with its name and data. */
    offlineSearchShard?: (name: string, data: unknown) => void;
  }
}

const folder = (document.currentScript as HTMLScriptElement).src.replace(/\.js$/, '/');
const waiting = new Map<string, (data: unknown) => void>();
window.offlineSearchShard = (name, data) => waiting.get(name)?.(data);

function loadShard(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    waiting.set(name, resolve);
    const script = document.createElement('script');
    script.src = `${folder}${name}.js`;
    script.onerror = () => reject(new Error(`offline search: ${script.src} could not be read`));
    document.head.append(script);
  });
}

if (window.offlineSearchSummary) window.offlineSearch = searchOfflineIndex(window.offlineSearchSummary, loadShard);
