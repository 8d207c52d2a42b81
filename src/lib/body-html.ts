import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';
import { YOUTUBE_EMBED_ORIGIN } from './videos';

/**
 * The only hosts a body may frame with `<iframe>`; the Content Security
 * Policy of a page that does lists them in frame-src (src/lib/csp.ts).
 */
export const ALLOWED_FRAME_ORIGINS: readonly string[] = [YOUTUBE_EMBED_ORIGIN];

/** Attributes that hold an address a browser would follow or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite']);

/** What the field is called in a message. */
export const RAW_HTML_FIELD = '(HTML trong bài)';

/** One thing in a body's HTML or links that would run code or frame another site. */
export interface RawHtmlFinding {
  /** Line in the text given (1-based). */
  line: number;
  found: string;
  expected: string;
}

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

const EXPECTED_NO_SCRIPT = 'bỏ thẻ <script>: bài viết không được chứa mã chạy trên trang (cần một chức năng mới, hãy nhờ bộ phận kỹ thuật)';
const expectedNoHandler = (name: string) =>
  `bỏ thuộc tính ${name}: bài viết không được chứa mã chạy khi bấm, rê chuột hay tải trang (mọi thuộc tính bắt đầu bằng "on")`;
const EXPECTED_URL = 'một địa chỉ trang web (https://…), một trang của trang web (/…) hoặc một tệp đặt cạnh bài; địa chỉ "javascript:" chạy mã nên không được dùng';
const EXPECTED_FRAME = `khung nhúng chỉ từ ${ALLOWED_FRAME_ORIGINS.join(', ')} (video YouTube: https://www.youtube-nocookie.com/embed/<mã video>, hoặc đăng ở mục Video)`;

/**
 * Whether an address runs code once a browser has read it: entities are
 * already decoded (by the parser), and browsers drop spaces, tabs and line
 * breaks inside a scheme, so `java&#x73;cript:` and ` java\tscript:` count.
 * An MDX attribute's braces and quotes (`{"javascript:…"}`) are looked through.
 */
export function runsScript(url: string): boolean {
  return url
    .replace(/[\u0000-\u0020]/g, '')
    .replace(/^[{"'`]+/, '')
    .toLowerCase()
    .startsWith('javascript:');
}

/** The origin of an iframe's address, when it is an absolute http(s) one. */
function frameOrigin(src: string): string | undefined {
  try {
    const url = new URL(src.trim().replace(/^[{"'`]+|[}"'`]+$/g, ''));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function elementsOf(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node && node.content ? [node.content] : [];
  return [...children, ...content].flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : elementsOf(child as Node)));
}

/** A tag as written, from HTML or MDX's JSX: its name, attributes, and the line of each. */
interface Tag {
  name: string;
  attributes: { name: string; value: string }[];
  lineOf: (attribute?: string) => number;
}

/** What is wrong with one tag. */
function tagFindings({ name: tag, attributes, lineOf }: Tag): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  if (tag === 'script') findings.push({ line: lineOf(), found: 'thẻ <script>', expected: EXPECTED_NO_SCRIPT });
  for (const { name, value } of attributes) {
    if (/^on/i.test(name)) {
      findings.push({ line: lineOf(name), found: `thuộc tính ${name} trên thẻ <${tag}>`, expected: expectedNoHandler(name) });
    } else if (URL_ATTRIBUTES.has(name.toLowerCase()) && runsScript(value)) {
      const written = value.startsWith('{') ? value : `"${value}"`;
      findings.push({ line: lineOf(name), found: `${name}=${written} trên thẻ <${tag}>`, expected: EXPECTED_URL });
    }
  }
  if (tag === 'iframe') {
    const src = attributes.find((attribute) => attribute.name === 'src')?.value;
    const origin = src === undefined ? undefined : frameOrigin(src);
    const srcdoc = attributes.some((attribute) => attribute.name.toLowerCase() === 'srcdoc');
    if (srcdoc || !origin || !ALLOWED_FRAME_ORIGINS.includes(origin)) {
      const found = srcdoc ? 'khung <iframe> có srcdoc' : src === undefined ? 'khung <iframe> không có src' : `khung <iframe> từ "${src}"`;
      findings.push({ line: lineOf('src'), found, expected: EXPECTED_FRAME });
    }
  }
  return findings;
}

/** The tags of one piece of raw HTML that starts at `firstLine`. */
function htmlTags(html: string, firstLine: number): Tag[] {
  return elementsOf(parseFragment(html, { sourceCodeLocationInfo: true })).map((element) => {
    const location = element.sourceCodeLocation;
    return {
      name: element.tagName,
      attributes: element.attrs,
      lineOf: (attribute) => firstLine - 1 + ((attribute && location?.attrs?.[attribute]?.startLine) || location?.startLine || 1),
    };
  });
}

/** An MDX JSX element as a tag; an attribute's `{expression}` counts as its value, braces included. */
function jsxTag(node: MdxJsxFlowElement | MdxJsxTextElement): Tag {
  const line = node.position?.start.line ?? 1;
  const attributes = node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute'
      ? [{ name: attribute.name, value: typeof attribute.value === 'string' ? attribute.value : `{${attribute.value?.value ?? ''}}`, line: attribute.position?.start.line }]
      : [],
  );
  return {
    name: node.name ?? '',
    attributes,
    lineOf: (name) => attributes.find((attribute) => attribute.name === name)?.line ?? line,
  };
}

/** MDX is parsed as MDX, so JSX (`<button onClick={…}>`) is seen as the tag it renders. */
function parseBody(text: string, mdx: boolean): Nodes {
  return (mdx ? fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(text)) as Nodes;
}

/** Every tag of a body, from its raw HTML or, in MDX, its JSX. */
function bodyTags(tree: Nodes): Tag[] {
  const tags: Tag[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') tags.push(...htmlTags(node.value, node.position?.start.line ?? 1));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') tags.push(jsxTag(node));
  });
  return tags;
}

/**
 * Raw HTML, JSX (in MDX) and link addresses in a body that would run code or
 * frame another site: `<script>`, `on…=` handlers, `javascript:` addresses
 * (in a tag or in `[text](…)`), and iframes from a host not in
 * ALLOWED_FRAME_ORIGINS. HTML in code blocks is shown as text and passes.
 * Lines are those of `text`.
 */
export function rawHtmlFindings(text: string, mdx = false): RawHtmlFinding[] {
  const tree = parseBody(text, mdx);
  const findings = bodyTags(tree).flatMap(tagFindings);
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && runsScript(node.url)) {
      findings.push({ line: node.position?.start.line ?? 1, found: `liên kết "${node.url}"`, expected: EXPECTED_URL });
    }
  });
  return findings.sort((a, b) => a.line - b.line);
}

/** The allowed hosts a body frames, for its page's frame-src. */
export function bodyFrameOrigins(body: string | undefined, mdx = false): string[] {
  if (!body) return [];
  const origins = bodyTags(parseBody(body, mdx)).flatMap((tag) => {
    const src = tag.name === 'iframe' ? tag.attributes.find((attribute) => attribute.name === 'src')?.value : undefined;
    const origin = src === undefined ? undefined : frameOrigin(src);
    return origin && ALLOWED_FRAME_ORIGINS.includes(origin) ? [origin] : [];
  });
  return [...new Set(origins)];
}

/** The allowed hosts an entry's body frames (`bodyFrameOrigins`), from an Astro content entry. */
export function entryFrameSources(entry: { body?: string; filePath?: string }): string[] {
  return bodyFrameOrigins(entry.body, entry.filePath?.endsWith('.mdx') ?? false);
}
