/** What a saved copy of the old site holds, whatever its format: responses by address. */

export interface Capture {
  /** Absolute address as the old site served it: `http://host/tin-tuc/a-1.html`. */
  url: string;
  /** The Content-Type the server sent, when the copy kept it. */
  contentType?: string;
  bytes: Buffer;
  /** Where it came from inside the copy, for the report (a file of the folder, a WARC record). */
  origin: string;
}

/** A WordPress post, page or attachment, read from the WXR export. */
export interface WxrItem {
  url: string;
  type: string;
  status: string;
  title: string;
  date?: string;
  author?: string;
  excerpt?: string;
  html: string;
  categories: string[];
}

export interface SavedSite {
  kind: 'mirror' | 'warc' | 'wacz' | 'wxr';
  /** Every response, keyed by `captureKey`. */
  captures: Map<string, Capture>;
  /** Addresses that answered with a redirect: key → absolute target. */
  redirects: Map<string, string>;
  /** Hosts of the old site: links to them are links inside the copy. */
  hosts: Set<string>;
  /** WordPress items, for a WXR export. */
  items: WxrItem[];
}

export function emptySite(kind: SavedSite['kind']): SavedSite {
  return { kind, captures: new Map(), redirects: new Map(), hosts: new Set(), items: [] };
}

/**
 * The key an address is looked up by: path and query, case folded (the old
 * IIS and PHP portals answered `/Default.aspx` and `/default.aspx` alike),
 * percent-escapes decoded, the `#part` dropped.
 */
export function captureKey(url: string): string {
  const parsed = new URL(url, 'http://old.invalid');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is kept as written.
  }
  return `${path}${parsed.search}`.normalize('NFC').toLowerCase();
}

/**
 * The old address as the redirects file writes it: path and query, with the
 * few characters nginx would read as syntax (quotes, `$`, `;`, braces,
 * backslash) percent-escaped, as a browser may send them.
 */
export function oldPath(url: string): string {
  const parsed = new URL(url, 'http://old.invalid');
  return `${parsed.pathname}${parsed.search}`.replace(/[\s"'$;{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function addCapture(site: SavedSite, capture: Capture): void {
  const key = captureKey(capture.url);
  if (!site.captures.has(key)) site.captures.set(key, capture);
  site.hosts.add(new URL(capture.url).host.toLowerCase());
}

/** Looks an address up, following the redirects the copy recorded. */
export function findCapture(site: SavedSite, url: string): Capture | undefined {
  let key = captureKey(url);
  for (let hops = 0; hops < 5; hops++) {
    const capture = site.captures.get(key);
    if (capture) return capture;
    const target = site.redirects.get(key);
    if (!target) return undefined;
    key = captureKey(target);
  }
  return undefined;
}

export function isHtml(capture: Capture): boolean {
  if (capture.contentType && !/octet-stream|unknown/i.test(capture.contentType)) return /html/i.test(capture.contentType);
  return /<html|<body|<!doctype html/i.test(capture.bytes.subarray(0, 2048).toString('latin1'));
}
