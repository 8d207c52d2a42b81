import { fileURLToPath } from 'node:url';
import { relative, resolve, sep } from 'node:path';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { resolveLink } from './internal-links';
import { readSiteIndex } from '../routing/site-index';
import type { SiteIndex } from '../routing/urls';

/**
 * Markdown (mdast) plugin for Sätteri, Astro's Markdown processor, used for
 * `.md` and `.mdx` (astro.config.mjs `markdown.processor`): turns links between
 * content files into page URLs, `../van-ban/qd-12.md` → `/van-ban/qd-12/`, and
 * `/van-ban/qd-12` → `/van-ban/qd-12/`. Broken links are left as written: the
 * content check, run before every build (src/integrations/content-guard.ts),
 * has already stopped the build on them.
 */
export default function remarkInternalLinks({ contentDir }: { contentDir: string }): MdastPluginDefinition {
  const root = resolve(contentDir);
  let index: SiteIndex | undefined;
  /** The page address a link in `file` leads to, or undefined to leave it as written. */
  const rewrite = (url: string, fileURL: URL | undefined): string | undefined => {
    if (!fileURL) return undefined;
    const path = resolve(fileURLToPath(fileURL));
    if (!path.startsWith(root + sep)) return undefined;
    const from = relative(root, path).split(sep).join('/');
    index ??= readSiteIndex(root);
    let resolution = resolveLink(url, from, index);
    // In `astro dev` a page may have been added since the index was read.
    if (resolution.kind === 'broken') {
      index = readSiteIndex(root);
      resolution = resolveLink(url, from, index);
    }
    return resolution.kind === 'internal' ? resolution.url : undefined;
  };
  return defineMdastPlugin({
    name: 'internal-links',
    link(node, context) {
      const url = rewrite(node.url, context.fileURL);
      if (url !== undefined) context.setProperty(node, 'url', url);
    },
    definition(node, context) {
      const url = rewrite(node.url, context.fileURL);
      if (url !== undefined) context.setProperty(node, 'url', url);
    },
  });
}
