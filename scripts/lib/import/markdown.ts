import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';

/** Attributes that carry meaning in Markdown; every other (style, class, width, onclick…) is layout. */
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'colspan', 'rowspan']);

/**
 * Shapes old-portal HTML so it converts cleanly: layout tables of one cell
 * unwrapped, a data table without a heading row given its first row as
 * headings (so it becomes a Markdown table), headings below the page's own
 * h1, and only meaningful attributes kept.
 */
export function tidyBody(body: Element): void {
  for (const table of [...body.querySelectorAll('table')].reverse()) {
    const cells = table.querySelectorAll('td, th');
    if (cells.length === 1) {
      table.replaceWith(...[...cells[0]!.childNodes]);
      continue;
    }
    const first = table.querySelector('tr');
    if (first && !table.querySelector('th') && !table.querySelector('[colspan], [rowspan]')) {
      for (const cell of [...first.children]) {
        const heading = body.ownerDocument.createElement('th');
        heading.append(...[...cell.childNodes]);
        cell.replaceWith(heading);
      }
    }
  }
  for (const heading of body.querySelectorAll('h1')) {
    const h2 = body.ownerDocument.createElement('h2');
    h2.append(...[...heading.childNodes]);
    heading.replaceWith(h2);
  }
  for (const element of body.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) if (!KEPT_ATTRIBUTES.has(name)) element.removeAttribute(name);
  }
}

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**', hr: '---' });
  service.use([tables, strikethrough]);
  // A picture with its caption (see `captionImages`): the picture, then the caption in italics below it.
  service.addRule('figure', {
    filter: 'figure',
    replacement: (_content, node) => {
      const figure = node as HTMLElement;
      const image = figure.querySelector('img');
      if (!image) return '';
      const alt = (image.getAttribute('alt') ?? '').replace(/[[\]]/g, '');
      const caption = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
      return `\n\n![${alt}](${image.getAttribute('src')})\n\n${caption ? `*${service!.escape(caption)}*\n\n` : ''}`;
    },
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const image = node as HTMLElement;
      return `![${(image.getAttribute('alt') ?? '').replace(/[[\]]/g, '')}](${image.getAttribute('src')})`;
    },
  });
  service.remove(['iframe', 'script', 'style']);
  return service;
}

/** Converts a tidied body to Markdown: NFC, no non-breaking spaces, no runs of blank lines. */
export function toMarkdown(html: string): string {
  return turndown()
    .turndown(html)
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, (spaces) => (spaces.length >= 2 ? '  ' : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
