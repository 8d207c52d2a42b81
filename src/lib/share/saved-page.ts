/**
 * The "Lưu" copy of a page: one HTML file that opens from a disk with its
 * text, styles and pictures, and nothing fetched. Made at build time from the
 * built page: stylesheets inlined (without the web fonts, which the reader's
 * system fonts replace, to keep each copy small), pictures inlined as data:
 * addresses at up to 800 px wide (WebP where the page offers it), scripts and search left out, links turned
 * into the public addresses they stand for.
 */
import { parseHTML } from 'linkedom';
import { mimeType } from '../media/mime';

/** Where a page's saved copy is written: `/tin-tuc/hop-bao/` → `/tin-tuc/hop-bao/hop-bao.html`. */
export function savedPageHref(pagePath: string, slug: string): string {
  return `${pagePath}${slug}.html`;
}

/** Whether a file of the build is a saved copy: named after its folder (`tin-tuc/hop-bao/hop-bao.html`), as {@link savedPageHref} writes it. */
export function isSavedCopyPath(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 2 && parts.at(-1) === `${parts.at(-2)}.html`;
}

/** Inlined pictures are at most this wide: sharp on screen and paper, light enough to keep. */
const INLINE_IMAGE_WIDTH = 800;

/** Class of the note every saved copy opens with; it marks a file as a saved copy. */
export const SAVED_NOTICE_CLASS = 'saved-notice';

/** True for a saved copy: a standalone download with its own policy, not a page of the site. */
export function isSavedCopy(document: Document): boolean {
  return document.querySelector(`.${SAVED_NOTICE_CLASS}`) !== null;
}

export interface SavedPageInput {
  html: string;
  /** The page's public address. */
  url: string;
  /** When the copy was made, already written as dd/mm/yyyy. */
  madeOn: string;
  /** The text of a site-relative stylesheet (`/_astro/a.css`). */
  readText: (sitePath: string) => Promise<string>;
  /** The bytes of a site-relative file (`/_astro/a.jpg`). */
  readBytes: (sitePath: string) => Promise<Buffer>;
}

/** The `srcset` candidate to inline: the widest up to 800 px, or the narrowest when all are wider. */
export function pickCandidate(srcset: string): string | undefined {
  const candidates = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor = '']) => ({ url: url!, width: descriptor.endsWith('w') ? Number.parseInt(descriptor, 10) : Number.NaN }));
  const sized = candidates.filter((candidate) => !Number.isNaN(candidate.width)).sort((a, b) => a.width - b.width);
  if (sized.length === 0) return candidates[0]?.url;
  return (sized.filter((candidate) => candidate.width <= INLINE_IMAGE_WIDTH).at(-1) ?? sized[0]!).url;
}

/** Removes @font-face rules (their files would be fetched from the site) from a stylesheet. */
export function withoutFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '');
}

const isSitePath = (url: string | null): url is string => !!url && url.startsWith('/') && !url.startsWith('//');

/** Where a built page's "Lưu" link (`data-save-page`) says its saved copy goes, as a site path; undefined without one. */
export function savedCopyTarget(html: string): string | undefined {
  return parseHTML(html).document.querySelector('a[data-save-page]')?.getAttribute('href') ?? undefined;
}

/** The saved copy of a built page. */
export async function savedPage(input: SavedPageInput): Promise<string> {
  const { document } = parseHTML(input.html);
  const absolute = (url: string) => new URL(url, input.url).href;
  const dataUrl = async (sitePath: string) => {
    const path = sitePath.split('?')[0]!;
    return `data:${mimeType(path) ?? 'application/octet-stream'};base64,${(await input.readBytes(path)).toString('base64')}`;
  };

  const leftOut = [
    'script:not([type="application/ld+json"])',
    'link[rel="modulepreload"]',
    'link[rel="icon"]',
    'meta[http-equiv="Content-Security-Policy"]',
    '.page-tools',
    '[data-text-size-control]',
    'form[role="search"]',
    '.sidebar',
    '[data-online-only]',
    // The album viewer: its script is left out, so it would never open.
    'dialog[data-viewer]',
  ];
  for (const element of document.querySelectorAll(leftOut.join(','))) element.remove();
  for (const element of document.querySelectorAll('[data-pagefind-body]')) element.removeAttribute('data-pagefind-body');

  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href');
    const style = document.createElement('style');
    style.textContent = isSitePath(href) ? withoutFontFaces(await input.readText(href)) : '';
    link.replaceWith(style);
  }
  for (const style of document.querySelectorAll('style')) style.textContent = withoutFontFaces(style.textContent ?? '');

  // The WebP copies, half the bytes of the JPEG fallback: every browser that opens a saved file reads WebP.
  for (const picture of document.querySelectorAll('picture')) {
    const img = picture.querySelector('img');
    const webp = picture.querySelector('source[type="image/webp"]')?.getAttribute('srcset');
    if (img && webp) img.setAttribute('srcset', webp);
    if (img) picture.replaceWith(img);
    else picture.remove();
  }
  for (const img of document.querySelectorAll('img')) {
    const chosen = pickCandidate(img.getAttribute('srcset') ?? '') ?? img.getAttribute('src');
    for (const attribute of ['srcset', 'sizes', 'fetchpriority', 'loading']) img.removeAttribute(attribute);
    if (isSitePath(chosen)) img.setAttribute('src', await dataUrl(chosen));
  }
  for (const video of document.querySelectorAll('video[poster]')) {
    const poster = video.getAttribute('poster');
    if (isSitePath(poster)) video.setAttribute('poster', await dataUrl(poster));
  }
  // Captions from another origin (or from file://) are refused; from a data: address they load.
  for (const track of document.querySelectorAll('track[src]')) {
    const src = track.getAttribute('src');
    if (isSitePath(src)) track.setAttribute('src', await dataUrl(src));
  }
  // Links now lead to the live site, another origin, where browsers ignore `download`.
  for (const link of document.querySelectorAll('a[download]')) link.removeAttribute('download');
  for (const attribute of ['href', 'src', 'action', 'data-viewer-srcset']) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      const value = element.getAttribute(attribute)!;
      if (attribute === 'data-viewer-srcset') element.removeAttribute(attribute);
      else if (isSitePath(value)) element.setAttribute(attribute, absolute(value));
    }
  }

  // What this copy may load: its own styles and pictures; a clip stored on the site plays from it.
  const policy = document.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src https: data:");
  document.head.prepend(policy);
  document.head.querySelector('meta[charset]')?.after(policy);

  const notice = document.createElement('p');
  notice.className = SAVED_NOTICE_CLASS;
  notice.setAttribute('role', 'note');
  notice.append(`Bản lưu ngày ${input.madeOn} của trang `);
  const link = document.createElement('a');
  link.setAttribute('href', input.url);
  link.textContent = input.url;
  notice.append(link, '. Nội dung trên trang có thể đã được cập nhật.');
  const noticeStyle = document.createElement('style');
  noticeStyle.textContent =
    '.saved-notice{margin:0;padding:.5rem 1rem;background:#fff8e1;color:#3d2f00;border-bottom:1px solid #c9a227;text-align:center}.saved-notice a{color:#3d2f00}@media print{.saved-notice{display:none}}';
  document.head.append(noticeStyle);
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(notice);
  else document.body.prepend(notice);
  return document.toString();
}
