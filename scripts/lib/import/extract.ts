import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageKind, PageRule } from './config';
import { readVietnameseDate, type IsoDay } from './dates';
import { readDocumentFacts, type DocumentFacts } from './document-facts';
import { convertTcvn3, detectFontEncoding } from './encoding';
import { authorOf, categoryOf, classOf, dateOf, pick, sourceOf, squash, summaryOf, titleOf } from './page-fields';

export type ArticleKind = Exclude<PageKind, 'skip'>;

/** One page of the old site, read: what the new entry is made from. */
export interface Article {
  /** Absolute old address. */
  url: string;
  kind: ArticleKind;
  title: string;
  date?: IsoDay;
  author?: string;
  source?: string;
  summary?: string;
  /** The old site's category (breadcrumb), mapped later. */
  category?: string;
  /** The main content, cleaned of layout; converted to Markdown later. */
  body: Element;
  document?: DocumentFacts;
  /** Links read outside the body (a document's attachments in its facts table). */
  links: Element[];
  /** What staff should check (a guessed field, a legacy encoding). */
  notes: string[];
}

export type Extraction = { article: Article } | { skipped: string };

/** Parts of the old layout that are never content, whatever the portal. */
const NEVER_CONTENT = 'script, style, noscript, object, embed, form, input, button, select, textarea, link, meta, ins, svg, canvas, nav, header, footer, aside';
/** Counters, share buttons, print links and the like, by their usual class or id. */
const LAYOUT_PATTERN =
  /(share|social|facebook|zalo|twitter|counter|luot-?xem|view-?count|\bhits?\b|\bprint|in-bai|rating|comment|binh-luan|related|lien-quan|tin-khac|\bother\b|\btags?\b|breadcrumb|duong-?dan|pager|paging|banner|advert|quang-cao)/i;
/** The portal's frame around every page: removed when it holds less than half the text. */
const CHROME_PATTERN = /(sidebar|widget|footer|header|menu|navbar|hotline|thong-?ke|lien-?ket-?web|module-?right|module-?left|col-?right|col-?left)/i;

function guessKind(address: string, document: Document, body: Element, facts: DocumentFacts): ArticleKind {
  if (facts.number && (facts.issued || facts.type)) return 'document';
  const images = body.querySelectorAll('img').length;
  const textLength = squash(body.textContent).length;
  if ((/album|thu-?vien-?anh|hinh-?anh|gallery|photo/i.test(address) && images >= 2) || (images >= 4 && textLength < 400)) return 'album';
  const crumbs = squash(document.querySelector('[class*="breadcrumb"], [class*="duongdan"], [class*="duong-dan"]')?.textContent);
  if (/gioi-?thieu|about|co-?cau-?to-?chuc|chuc-?nang/i.test(address) || /gi[ớo]i thi[ệe]u/i.test(crumbs)) return 'about';
  return 'news';
}

/** Removes what is layout, not content: scripts, widgets, counters, share buttons, empty blocks. */
export function stripLayout(body: Element, extra: string[] = []): void {
  for (const selector of [NEVER_CONTENT, ...extra]) for (const element of body.querySelectorAll(selector)) element.remove();
  for (const element of [...body.querySelectorAll('*')]) {
    if (body.contains(element) && LAYOUT_PATTERN.test(classOf(element)) && !element.querySelector('img') && squash(element.textContent).length < 300)
      element.remove();
  }
  const total = squash(body.textContent).length;
  for (const element of [...body.querySelectorAll('*')]) {
    if (body.contains(element) && CHROME_PATTERN.test(classOf(element)) && squash(element.textContent).length < total / 2) element.remove();
  }
  for (const p of [...body.querySelectorAll('p, div, span, dd, li')]) {
    if (/^(lượt xem|số lượt xem|lượt truy cập|in bài|gửi email|chia sẻ|bản in)\b/i.test(squash(p.textContent)) && squash(p.textContent).length < 60) p.remove();
  }
}

function convertFontEncoding(document: Document, html: string, notes: string[]): void {
  const encoding = detectFontEncoding(squash(document.body?.textContent), html);
  if (encoding === 'tcvn3') {
    const walker = document.createTreeWalker(document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = convertTcvn3(node.nodeValue ?? '');
    for (const element of document.querySelectorAll('title, [alt], [title]')) {
      for (const name of ['alt', 'title']) if (element.hasAttribute(name)) element.setAttribute(name, convertTcvn3(element.getAttribute(name)!));
    }
    notes.push('trang cũ gõ bằng phông TCVN3 (.VnTime): đã chuyển sang Unicode, hãy đọc lại chữ');
  } else if (encoding === 'vni') {
    notes.push('trang cũ gõ bằng phông VNI: chữ chưa chuyển được sang Unicode, cần gõ lại hoặc chuyển bằng công cụ (ví dụ Unikey)');
  }
}

/**
 * Reads one old page. A config rule, when one matches the address, says
 * what it is and where its parts are; otherwise Mozilla Readability finds the
 * main content and the rest is guessed from the markup portals usually have.
 */
export function extractPage(url: string, address: string, html: string, rule: PageRule | undefined, sharedDescriptions: Set<string>): Extraction {
  if (rule?.kind === 'skip') return { skipped: rule.reason ?? `theo cấu hình (mẫu ${rule.match})` };
  if (new URL(url).pathname === '/' && !new URL(url).search) return { skipped: 'trang chủ (chỉ có danh sách tin)' };
  const notes: string[] = [];
  const { document } = parseHTML(html);
  convertFontEncoding(document, html, notes);

  let body: Element | undefined;
  let readable: ReturnType<Readability['parse']> = null;
  if (rule?.body) {
    body = pick(document, rule.body);
    if (!body) return { skipped: `không thấy phần nội dung "${rule.body}" (cấu hình, mẫu ${rule.match})` };
  }
  const facts = readDocumentFacts(document.body ?? document.documentElement);
  // The portal's frame (header, menus, widgets, footer) goes before the content is looked for.
  for (const element of [...(document.body?.querySelectorAll('*') ?? [])]) {
    if (element.isConnected && CHROME_PATTERN.test(classOf(element)) && !element.querySelector('h1, article, [itemprop="articleBody"]')) element.remove();
  }
  if (!body) {
    // Readability changes the document it reads: it gets its own copy.
    readable = new Readability(parseHTML(document.toString()).document as unknown as Document, { charThreshold: 200, keepClasses: true }).parse();
    if (!readable?.content) return { skipped: 'không tìm thấy nội dung chính (trang danh sách, trang trống hoặc chỉ có khung trang)' };
    body = document.createElement('div');
    body.innerHTML = readable.content;
  }
  body = body.cloneNode(true) as Element;
  stripLayout(body, rule?.remove);
  const text = squash(body.textContent);
  const linkText = [...body.querySelectorAll('a')].reduce((sum, a) => sum + squash(a.textContent).length, 0);
  if (!rule && text.length > 0 && linkText / text.length > 0.5) return { skipped: 'trang danh sách (phần lớn nội dung là liên kết tới trang khác)' };
  if (text.length < 40 && !body.querySelector('img')) return { skipped: 'không có nội dung (dưới 40 ký tự)' };

  const kind = rule?.kind ?? guessKind(address, document, body, facts.facts);
  const title = titleOf(document, rule, readable?.title);
  for (const element of body.querySelectorAll('h1, h2, h3, p, span, strong, div'))
    if (body.contains(element) && squash(element.textContent) === title) element.remove();
  const date = dateOf(document, rule, body);
  const author = authorOf(document, rule, readable?.byline, body);
  // The date line ("Thứ Hai, 12/03/2018 - 08:15") is shown by the new page itself.
  for (const element of body.querySelectorAll('p, div, span, dd, li')) {
    const line = squash(element.textContent);
    // The author line ("Tác giả: …") is shown from the front matter too.
    if (author && line.length < 100 && /^(tác giả|người viết)\s*:/i.test(line)) element.remove();
    if (
      line.length < 50 &&
      readVietnameseDate(line) &&
      element.children.length === 0 &&
      !/[a-zà-ỹ]{4,}.*[a-zà-ỹ]{4,}.*[a-zà-ỹ]{4,}/i.test(line.replace(/th[ứu]\s+\S+|ng[àa]y|th[áa]ng|n[ăa]m/gi, ''))
    )
      element.remove();
  }
  const summary = summaryOf(document, rule, body, sharedDescriptions);
  if (summary.element && body.contains(summary.element)) summary.element.remove();
  else if (summary.element) for (const p of body.querySelectorAll('p')) if (squash(p.textContent) === squash(summary.element.textContent)) p.remove();
  let document_: DocumentFacts | undefined;
  const links: Element[] = [];
  if (kind === 'document') {
    document_ = facts.facts;
    // The facts table leaves the body (the new page has its own), but its attachments are the document's files.
    for (const holder of facts.holders) links.push(...holder.querySelectorAll('a[href]'));
    for (const holder of facts.holders)
      for (const copy of body.querySelectorAll(holder.tagName)) if (squash(copy.textContent) === squash(holder.textContent)) copy.remove();
  }
  return {
    article: {
      url,
      kind,
      title,
      date,
      author,
      source: sourceOf(body),
      summary: summary.text,
      category: categoryOf(document, rule, title),
      body,
      document: document_,
      links,
      notes,
    },
  };
}
