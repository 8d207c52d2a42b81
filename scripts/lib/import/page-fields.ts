/** Reading the parts of an old page around its body: title, date, author, source, summary, category. */
import type { PageRule } from './config';
import { readVietnameseDate, type IsoDay } from './dates';

export const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

const DATE_CLASS = /(date|time|ngay|publish|posted|created)/i;
const AUTHOR_CLASS = /(author|tac-?gia|byline|writer|created-?by)/i;
const SUMMARY_CLASS = /(sapo|summary|lead|chapeau|tom-?tat|mo-?ta|intro|desc)/i;

export function classOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

export function pick(document: Document, selector: string | undefined): Element | undefined {
  if (!selector) return undefined;
  return document.querySelector(selector) ?? undefined;
}

export function titleOf(document: Document, rule: PageRule | undefined, readable: string | null | undefined): string {
  const chosen = squash(pick(document, rule?.title)?.textContent);
  if (chosen) return chosen;
  const h1 = [...document.querySelectorAll('h1, h2.title, .title h1, [class*="title"] h2')].map((h) => squash(h.textContent)).find((t) => t.length > 10);
  if (h1) return h1;
  const og = squash(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  const title = squash(readable ?? document.title);
  // "Article - Site name" or "Site name | Article": the longer part is the article's.
  return title.split(/\s+[|–-]\s+/).sort((a, b) => b.length - a.length)[0] ?? title;
}

export function dateOf(document: Document, rule: PageRule | undefined, body: Element): IsoDay | undefined {
  const chosen = pick(document, rule?.date);
  if (chosen) return readVietnameseDate(chosen.getAttribute('datetime') ?? chosen.textContent ?? '') ?? undefined;
  for (const selector of ['meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]']) {
    const day = readVietnameseDate(document.querySelector(selector)?.getAttribute('content') ?? '');
    if (day) return day;
  }
  const time = document.querySelector('time[datetime]');
  if (time) return readVietnameseDate(time.getAttribute('datetime')!) ?? undefined;
  for (const element of document.querySelectorAll('*')) {
    if (element.closest('aside, footer, nav, [class*="widget"], [class*="sidebar"]')) continue;
    const text = squash(element.textContent);
    if (text.length > 120 || !DATE_CLASS.test(classOf(element))) continue;
    const day = readVietnameseDate(text);
    if (day) return day;
  }
  for (const element of body.querySelectorAll('p, div, span, em, i')) {
    const text = squash(element.textContent);
    if (text.length > 80) continue;
    const day = readVietnameseDate(text);
    if (day) return day;
  }
  return undefined;
}

export function authorOf(document: Document, rule: PageRule | undefined, byline: string | null | undefined, body: Element): string | undefined {
  const chosen = squash(pick(document, rule?.author)?.textContent);
  if (chosen) return chosen.replace(/^(tác giả|người viết|bài)\s*:\s*/i, '');
  const meta = squash(document.querySelector('meta[name="author"]')?.getAttribute('content'));
  if (meta) return meta;
  const marked = [...document.querySelectorAll('*')].find((element) => AUTHOR_CLASS.test(classOf(element)) && squash(element.textContent).length < 80);
  if (marked && squash(marked.textContent)) return squash(marked.textContent).replace(/^(tác giả|người viết)\s*:\s*/i, '');
  if (byline && squash(byline).length < 80) return squash(byline);
  // Vietnamese portals sign an article in its last paragraph, bold and right-aligned: "Minh Anh - Sở Ngoại vụ".
  const last = [...body.querySelectorAll('p')].reverse().find((p) => squash(p.textContent));
  const signature = squash(last?.textContent);
  if (
    last &&
    signature.length < 80 &&
    !/^ngu[ồo]n\s*:/i.test(signature) &&
    (last.querySelector('strong, b') || /right/.test(last.getAttribute('style') ?? last.getAttribute('align') ?? ''))
  ) {
    return signature;
  }
  return undefined;
}

export function sourceOf(body: Element): string | undefined {
  for (const p of body.querySelectorAll('p')) {
    const match = /^ngu[ồo]n\s*:\s*(.{2,120})$/i.exec(squash(p.textContent));
    if (match) return match[1];
  }
  return undefined;
}

function shorten(text: string, limit = 280): string {
  if (text.length <= limit) return text;
  const sentence = text.slice(0, limit).match(/^.*[.!?…](?=\s)/s)?.[0];
  if (sentence && sentence.length > 60) return sentence;
  return `${text.slice(0, limit).replace(/\s+\S*$/, '')}…`;
}

export function summaryOf(
  document: Document,
  rule: PageRule | undefined,
  body: Element,
  sharedDescriptions: Set<string>,
): { text?: string; element?: Element } {
  const chosen = pick(document, rule?.summary);
  if (chosen && squash(chosen.textContent)) return { text: shorten(squash(chosen.textContent)), element: chosen };
  const marked = [...document.querySelectorAll('p, div, h2, h3, strong')].find(
    (element) =>
      SUMMARY_CLASS.test(classOf(element)) &&
      squash(element.textContent).length > 30 &&
      squash(element.textContent).length < 800 &&
      !element.closest('aside, footer, nav'),
  );
  if (marked) return { text: shorten(squash(marked.textContent)), element: marked };
  const description = squash(document.querySelector('meta[name="description"]')?.getAttribute('content'));
  if (description.length > 30 && !sharedDescriptions.has(description)) return { text: shorten(description) };
  const first = [...body.querySelectorAll('p')].map((p) => squash(p.textContent)).find((text) => text.length > 40);
  return { text: first ? shorten(first) : undefined };
}

export function categoryOf(document: Document, rule: PageRule | undefined, title: string): string | undefined {
  const chosen = squash(pick(document, rule?.category)?.textContent);
  if (chosen) return chosen;
  const section = squash(document.querySelector('meta[property="article:section"]')?.getAttribute('content'));
  if (section) return section;
  const crumbs = [...document.querySelectorAll('[class*="breadcrumb"] a, [class*="duongdan"] a, [class*="duong-dan"] a')].map((a) => squash(a.textContent));
  return crumbs.filter((crumb) => crumb && crumb !== title && !/trang ch[ủu]/i.test(crumb)).at(-1);
}
