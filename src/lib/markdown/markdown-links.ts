import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { blankFrontMatter } from '../content/front-matter';

/** A link or image written in a Markdown body. */
export interface MarkdownLink {
  kind: 'link' | 'image';
  /** As written: `../van-ban/qd-12.md`, `/van-ban/qd-12/`, `./anh.jpg`. */
  url: string;
  /** Line in the file (1-based). */
  line: number;
  /** An image's description. */
  alt?: string;
}

/** The last text parsed, for the next check of the same body: the content check reads a body's links, then its raw HTML. */
let lastParsed: { text: string; tree: Nodes } | undefined;

/** The Markdown syntax tree of a text; read it, never change it (the next caller may get the same tree). */
export function parseMarkdown(text: string): Nodes {
  if (lastParsed?.text !== text) lastParsed = { text, tree: fromMarkdown(text) as Nodes };
  return lastParsed.tree;
}

/**
 * The links and images of a Markdown file's body, with the line of each in
 * the whole file. The front matter (`bodyStart` characters) is blanked, not
 * cut, so lines keep their numbers.
 */
export function markdownLinks(source: string, bodyStart: number): MarkdownLink[] {
  const blanked = blankFrontMatter(source, bodyStart);
  const found: MarkdownLink[] = [];
  visit(parseMarkdown(blanked), (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'link' || node.type === 'definition') found.push({ kind: 'link', url: node.url, line });
    if (node.type === 'image') found.push({ kind: 'image', url: node.url, line, alt: node.alt ?? '' });
  });
  return found;
}
