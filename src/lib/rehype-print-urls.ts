import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives each site-relative link in a Markdown body its public address in
 * `data-print-url`, which the print stylesheet writes after the link: on paper
 * `/van-ban/qd-12/` means nothing, `https://songoaivu.sonla.gov.vn/van-ban/qd-12/` does.
 */
export default function rehypePrintUrls(options: { site: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      node.properties.dataPrintUrl = new URL(href, options.site).href;
    });
  };
}
