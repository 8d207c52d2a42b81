/**
 * What HTML a body may hold: the elements and attributes a news article needs
 * (text, headings, lists, tables, figures, quotations, abbreviations, a YouTube
 * frame), each attribute by name. Everything else is refused, so a new trick
 * (a `<meta http-equiv="refresh">`, a `<base>`, a form, an SVG with a script)
 * needs no new rule: it is simply not on the list.
 */
import { YOUTUBE_EMBED_ORIGIN } from '../media/videos';

/** Attributes any allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Allowed elements, each with the attributes it may carry beyond GLOBAL_ATTRIBUTES. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  div: [],
  span: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  abbr: [],
  dfn: [],
  cite: [],
  code: [],
  kbd: [],
  samp: [],
  var: [],
  pre: [],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height'],
  figure: [],
  figcaption: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  colgroup: ['span'],
  col: ['span'],
  details: ['open'],
  summary: [],
  iframe: ['src', 'width', 'height', 'allow', 'allowfullscreen', 'loading', 'referrerpolicy'],
};

/** The only hosts a body may frame with `<iframe>`; the page's frame-src lists them (src/lib/security/csp.ts). */
export const ALLOWED_FRAME_ORIGINS: readonly string[] = [YOUTUBE_EMBED_ORIGIN];

/** Attributes that hold an address a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Schemes an address in a body may have; a relative address has none. */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The scheme of an address as a browser reads it: entities are already decoded
 * (by the parser) and browsers drop control characters and spaces inside a
 * scheme, so `java&#x73;cript:` and ` java\tscript:` are `javascript:`.
 * An MDX attribute's braces and quotes (`{"javascript:…"}`) are looked through.
 * Undefined for a relative address (`./anh.jpg`, `/van-ban/`, `#muc-1`).
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL's scheme (`java\tscript:`), so the check must too
  const compact = url.replace(/[\u0000-\u0020]/g, '').replace(/^[{"'`]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase().concat(':');
}

/** Whether an address may stand in a body: relative, or http(s), mailto, tel. Never `javascript:`, `data:`, `vbscript:`. */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/** The origin of an iframe's address, when it is an absolute http(s) one. */
export function frameOrigin(src: string): string | undefined {
  try {
    const url = new URL(src.trim().replace(/^[{"'`]+|[}"'`]+$/g, ''));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A tag as written, from HTML or MDX's JSX: its name, attributes, and the line of each. */
export interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
  lineOf: (attribute?: string) => number;
}

/** One thing in a body that is not allowed, with its line. */
export interface BodyFinding {
  line: number;
  found: string;
  expected: string;
}

const EXPECTED_URL =
  'một địa chỉ trang web (https://…), một trang của trang web (/…), một địa chỉ thư (mailto:) hoặc số điện thoại (tel:), hoặc một tệp đặt cạnh bài; địa chỉ "javascript:", "vbscript:" chạy mã và "data:" giấu nội dung nên không được dùng';
const EXPECTED_FRAME = `khung nhúng chỉ từ ${ALLOWED_FRAME_ORIGINS.join(', ')} (video YouTube: https://www.youtube-nocookie.com/embed/<mã video>, hoặc đăng ở mục Video)`;

/** Why an element is refused, in words staff understand. */
function expectedForElement(tag: string): string {
  const list = 'đoạn văn, tiêu đề h2–h6, danh sách, bảng, hình và chú thích hình, trích dẫn, chữ viết tắt, chỉ số trên/dưới, liên kết, ảnh và khung YouTube';
  if (tag === 'script' || tag === 'noscript')
    return `bỏ thẻ <${tag}>: bài viết không được chứa mã chạy trên trang (cần một chức năng mới, hãy nhờ bộ phận kỹ thuật)`;
  if (tag === 'meta' || tag === 'base' || tag === 'link')
    return `bỏ thẻ <${tag}>: thẻ này đổi cách cả trang hoạt động (chuyển sang trang khác, đổi địa chỉ gốc, nạp tệp từ nơi khác)`;
  if (tag === 'style') return 'bỏ thẻ <style>: bài viết dùng kiểu chữ chung của trang web';
  if (tag === 'svg' || tag === 'math') return `bỏ thẻ <${tag}>: hình vẽ SVG có thể chứa mã; hãy xuất hình thành ảnh PNG hoặc JPEG rồi chèn như ảnh`;
  if (['form', 'input', 'button', 'select', 'textarea'].includes(tag)) return `bỏ thẻ <${tag}>: trang web tĩnh không nhận dữ liệu qua biểu mẫu`;
  return `bỏ thẻ <${tag}>: trong bài chỉ dùng được ${list}`;
}

/** What is wrong with one tag, against the allowlist. */
export function tagFindings({ name: tag, attributes, lineOf }: Tag): BodyFinding[] {
  const allowed = ALLOWED_ELEMENTS[tag.toLowerCase()];
  if (!allowed) return [{ line: lineOf(), found: `thẻ <${tag}>`, expected: expectedForElement(tag.toLowerCase()) }];
  const findings: BodyFinding[] = [];
  for (const { name, value } of attributes) {
    const lower = name.toLowerCase();
    if (/^on/.test(lower)) {
      findings.push({
        line: lineOf(name),
        found: `thuộc tính ${name} trên thẻ <${tag}>`,
        expected: `bỏ thuộc tính ${name}: bài viết không được chứa mã chạy khi bấm, rê chuột hay tải trang (mọi thuộc tính bắt đầu bằng "on")`,
      });
    } else if (!GLOBAL_ATTRIBUTES.includes(lower) && !allowed.includes(lower)) {
      const list = [...allowed, ...GLOBAL_ATTRIBUTES].join(', ');
      findings.push({ line: lineOf(name), found: `thuộc tính ${name} trên thẻ <${tag}>`, expected: `bỏ thuộc tính ${name}; thẻ <${tag}> chỉ nhận: ${list}` });
    } else if (URL_ATTRIBUTES.has(lower) && !isAllowedUrl(value)) {
      const written = value.startsWith('{') ? value : `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
      findings.push({ line: lineOf(name), found: `${name}=${written} trên thẻ <${tag}>`, expected: EXPECTED_URL });
    } else if (URL_ATTRIBUTES.has(lower) && hasMalformedEscape(value)) {
      findings.push({ line: lineOf(name), found: `${name}="${value}" trên thẻ <${tag}>`, expected: EXPECTED_ESCAPE });
    }
  }
  if (tag.toLowerCase() === 'iframe') {
    const src = attributes.find((attribute) => attribute.name === 'src')?.value;
    const origin = src === undefined ? undefined : frameOrigin(src);
    if (!origin || !ALLOWED_FRAME_ORIGINS.includes(origin)) {
      findings.push({ line: lineOf('src'), found: src === undefined ? 'khung <iframe> không có src' : `khung <iframe> từ "${src}"`, expected: EXPECTED_FRAME });
    }
  }
  return findings;
}

/** Whether every `%` of an address starts an escape (`%20`): `%zz` or a lone `%` breaks the archive's links. */
export const hasMalformedEscape = (url: string) => /%(?![0-9a-f]{2})/i.test(url);

const EXPECTED_ESCAPE = 'dấu % trong địa chỉ chỉ đứng trước hai chữ số hệ 16 (ví dụ %20); chính dấu % viết là %25';

/** A Markdown link or image address that is not allowed. */
export function linkFinding(url: string, line: number): BodyFinding[] {
  const found = `liên kết "${url.length > 60 ? `${url.slice(0, 57)}…` : url}"`;
  if (!isAllowedUrl(url)) return [{ line, found, expected: EXPECTED_URL }];
  return hasMalformedEscape(url) ? [{ line, found, expected: EXPECTED_ESCAPE }] : [];
}
