import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * HTML (hast) plugin for Sätteri (astro.config.mjs `markdown.processor`): gives
 * each site-relative link in a Markdown body its public address in
 * `data-print-url`, which the print stylesheet writes after the link: on paper
 * `/van-ban/qd-12/` means nothing, `https://songoaivu.sonla.gov.vn/van-ban/qd-12/` does.
 */
export default function rehypePrintUrls(options: { site: string }): HastPluginDefinition {
  return defineHastPlugin({
    name: 'print-urls',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties.href;
        if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        context.setProperty(node, 'dataPrintUrl', new URL(href, options.site).href);
      },
    },
  });
}
