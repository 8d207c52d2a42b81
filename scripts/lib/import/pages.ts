import { parseHTML } from 'linkedom';
import { oldPath, isHtml, type SavedSite, type WxrItem } from './captures';
import { ruleFor, type ImportConfig } from './config';
import { readVietnameseDate } from './dates';
import { decodePage } from './encoding';
import { extractPage, stripLayout, type Article } from './extract';

/** One page of the copy and what became of it when read. */
export interface PageReading {
  url: string;
  address: string;
  article?: Article;
  skipped?: string;
}

/** WordPress stores paragraphs as blank lines (its `wpautop` adds the <p> when showing a post). */
function wordpressParagraphs(html: string): string {
  return (
    html
      .replace(/\r\n/g, '\n')
      // [caption]<img …> Caption text[/caption]: WordPress's own picture-with-caption.
      .replace(/\[caption[^\]]*\]\s*((?:<a[^>]*>)?<img[^>]*>(?:<\/a>)?)\s*([\s\S]*?)\[\/caption\]/g, '<figure>$1<figcaption>$2</figcaption></figure>')
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => (/^<(p|div|h[1-6]|ul|ol|table|figure|blockquote|pre|hr)\b/i.test(block) ? block : `<p>${block.replace(/\n/g, '<br>')}</p>`))
      .join('\n')
  );
}

function readWxrItem(item: WxrItem): PageReading {
  const address = oldPath(item.url);
  if (item.type !== 'post' && item.type !== 'page') return { url: item.url, address, skipped: `mục WordPress loại "${item.type}" (không phải bài viết)` };
  if (item.status !== 'publish') return { url: item.url, address, skipped: `bài chưa đăng trên trang cũ (trạng thái "${item.status}")` };
  const { document } = parseHTML(`<!doctype html><html><body><div>${wordpressParagraphs(item.html)}</div></body></html>`);
  const body = document.querySelector('body > div')!;
  stripLayout(body);
  const notes: string[] = [];
  const shortcodes = [...new Set(body.innerHTML.match(/\[\/?[a-z_]+(?=[\s\]])/g) ?? [])];
  if (shortcodes.length > 0) notes.push(`bài có mã rút gọn WordPress (${shortcodes.join(', ')}]) không chuyển được: hãy sửa tay`);
  const firstParagraph = [...body.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).find((text) => text.length > 40);
  const excerpt = item.excerpt?.replace(/\s+/g, ' ').trim() || firstParagraph;
  return {
    url: item.url,
    address,
    article: {
      url: item.url,
      kind: item.type === 'page' ? 'about' : 'news',
      title: item.title.normalize('NFC'),
      date: item.date ? (readVietnameseDate(item.date) ?? undefined) : undefined,
      author: item.author,
      summary: excerpt || undefined,
      category: item.categories[0],
      body,
      links: [],
      notes,
    },
  };
}

/** Meta descriptions that several pages share are the site's, not an article's summary. */
function sharedDescriptions(pages: { html: string }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { html } of pages) {
    const { document } = parseHTML(html);
    const description = document.querySelector('meta[name="description" i]')?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (description) counts.set(description, (counts.get(description) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([description]) => description));
}

/** Reads every page of a saved copy: HTML responses, or the posts of a WordPress export. */
export function readPages(site: SavedSite, config: ImportConfig): PageReading[] {
  if (site.kind === 'wxr') return site.items.map(readWxrItem);
  const pages = [...site.captures.values()].filter(isHtml).map((capture) => {
    const decoded = decodePage(capture.bytes, capture.contentType);
    return { capture, decoded, html: decoded.html };
  });
  const shared = sharedDescriptions(pages);
  return pages.map(({ capture, decoded, html }) => {
    const address = oldPath(capture.url);
    const result = extractPage(capture.url, address, html, ruleFor(config, address), shared);
    if ('skipped' in result) return { url: capture.url, address, skipped: result.skipped };
    if (decoded.guessed) result.article.notes.push(`trang không khai báo bảng mã và không phải UTF-8: đã đọc theo ${decoded.encoding}, hãy đọc lại chữ`);
    else if (decoded.encoding !== 'utf-8') result.article.notes.push(`trang cũ dùng bảng mã ${decoded.encoding}: đã chuyển sang Unicode`);
    return { url: capture.url, address, article: result.article };
  });
}
