import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/markdown-links';
import { ALLOWED_FRAME_ORIGINS, frameOrigin, linkFinding, mdxFindings, tagFindings, urlScheme, usesYouTubeComponent, type BodyFinding, type Tag } from '.';
import { YOUTUBE_EMBED_ORIGIN } from '../media/videos';

export { ALLOWED_FRAME_ORIGINS };

/** What the field is called in a message. */
export const RAW_HTML_FIELD = '(HTML trong bài)';

/** One thing in a body's HTML, MDX or links that is not allowed. */
export type RawHtmlFinding = BodyFinding;

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** Whether an address runs code once a browser has read it (`javascript:`, however written). */
export function runsScript(url: string): boolean {
  return urlScheme(url) === 'javascript:';
}

function elementsOf(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node && node.content ? [node.content] : [];
  return [...children, ...content].flatMap((child) => ('tagName' in child ? [child, ...elementsOf(child)] : elementsOf(child as Node)));
}

/**
 * The tags of one piece of raw HTML that starts at `firstLine`. parse5, not
 * linkedom (the DOM the build's HTML steps use, src/lib/share/saved-page.ts):
 * only parse5 gives each attribute's line, which the message to staff names.
 */
function htmlTags(html: string, firstLine: number): Tag[] {
  return elementsOf(parseFragment(html, { sourceCodeLocationInfo: true })).map((element) => {
    const location = element.sourceCodeLocation;
    return {
      name: element.tagName,
      attributes: element.attrs.map(({ prefix, name, value }) => ({ name: prefix ? `${prefix}:${name}` : name, value })),
      lineOf: (attribute) => firstLine - 1 + ((attribute && location?.attrs?.[attribute]?.startLine) || location?.startLine || 1),
    };
  });
}

/** An MDX body that cannot be parsed, as a finding with its line (an HTML comment `<!-- -->` is the commonest). */
export class MdxSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** MDX is parsed as MDX, so JSX (`<button onClick={…}>`) is seen as the tag it renders. */
function parseBody(text: string, mdx: boolean): Nodes {
  if (!mdx) return parseMarkdown(text);
  try {
    return fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Nodes;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string; message: string };
    throw new MdxSyntaxError(line ?? 1, reason ?? (error as Error).message);
  }
}

/** The raw HTML tags of a body (in MDX, raw HTML is JSX and checked by mdxFindings). */
function htmlTagsOf(tree: Nodes): Tag[] {
  const tags: Tag[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') tags.push(...htmlTags(node.value, node.position?.start.line ?? 1));
  });
  return tags;
}

const EXPECTED_MDX_SYNTAX =
  'MDX viết đúng cú pháp: không có chú thích <!-- --> (xóa đi, hoặc đổi tệp thành .md), dấu < và { trong chữ viết là \\< và \\{, mỗi thẻ mở có thẻ đóng';

/**
 * Raw HTML, JSX (in MDX) and link addresses in a body outside what an article
 * may hold: elements and attributes off the allowlist (src/lib/security/html-allowlist.ts),
 * handlers, `javascript:`/`vbscript:`/`data:` addresses (in a tag or in `[text](…)`),
 * iframes from a host not in ALLOWED_FRAME_ORIGINS, and in MDX anything outside
 * the safe subset (src/lib/security/mdx-subset.ts). HTML in code blocks is
 * shown as text and passes. Lines are those of `text`.
 */
export function rawHtmlFindings(text: string, mdx = false): RawHtmlFinding[] {
  let tree: Nodes;
  try {
    tree = parseBody(text, mdx);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return [{ line: error.line, found: `MDX không đọc được (${error.reason})`, expected: EXPECTED_MDX_SYNTAX }];
  }
  const findings = htmlTagsOf(tree).flatMap(tagFindings);
  if (mdx) findings.push(...mdxFindings(tree));
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') findings.push(...linkFinding(node.url, node.position?.start.line ?? 1));
  });
  return findings.sort((a, b) => a.line - b.line);
}

/** The allowed hosts a body frames, for its page's frame-src. */
export function bodyFrameOrigins(body: string | undefined, mdx = false): string[] {
  // A frame is a tag, in HTML or in MDX: a body without "<" frames nothing, and is not parsed (every page asks).
  if (!body?.includes('<')) return [];
  let tree: Nodes;
  try {
    tree = parseBody(body, mdx);
  } catch {
    return [];
  }
  const jsxFrames: Tag[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'iframe') {
      const src = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src');
      jsxFrames.push({ name: 'iframe', attributes: typeof src?.value === 'string' ? [{ name: 'src', value: src.value }] : [], lineOf: () => 1 });
    }
  });
  const origins = [...htmlTagsOf(tree), ...jsxFrames].flatMap((tag) => {
    const src = tag.name === 'iframe' ? tag.attributes.find((attribute) => attribute.name === 'src')?.value : undefined;
    const origin = src === undefined ? undefined : frameOrigin(src);
    return origin && ALLOWED_FRAME_ORIGINS.includes(origin) ? [origin] : [];
  });
  if (mdx && usesYouTubeComponent(tree)) origins.push(YOUTUBE_EMBED_ORIGIN);
  return [...new Set(origins)];
}

/** The allowed hosts an entry's body frames (`bodyFrameOrigins`), from an Astro content entry. */
export function entryFrameSources(entry: { body?: string; filePath?: string }): string[] {
  return bodyFrameOrigins(entry.body, entry.filePath?.endsWith('.mdx') ?? false);
}
