import { relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { resolveLink } from './internal-links';
import { readSiteIndex } from './site-index';
import type { SiteIndex } from './site-urls';

/**
 * Remark plugin (astro.config.mjs `markdown.remarkPlugins`, which MDX extends):
 * turns links between content files into page URLs, `../van-ban/qd-12.md` →
 * `/van-ban/qd-12/`, and `/van-ban/qd-12` → `/van-ban/qd-12/`. Broken links
 * are left as written: the content check, run before every build
 * (src/integrations/content-guard.ts), has already stopped the build on them.
 */
export default function remarkInternalLinks({ contentDir }: { contentDir: string }) {
  const root = resolve(contentDir);
  let index: SiteIndex | undefined;
  return (tree: Root, file: { path?: string }) => {
    if (!file.path || !resolve(file.path).startsWith(root + sep)) return;
    const from = relative(root, resolve(file.path)).split(sep).join('/');
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      index ??= readSiteIndex(root);
      let resolution = resolveLink(node.url, from, index);
      // In `astro dev` a page may have been added since the index was read.
      if (resolution.kind === 'broken') {
        index = readSiteIndex(root);
        resolution = resolveLink(node.url, from, index);
      }
      if (resolution.kind === 'internal') node.url = resolution.url;
    });
  };
}
