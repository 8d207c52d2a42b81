import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { mdxFindings } from './mdx-subset';

/**
 * The MDX subset enforced once more inside Astro's Markdown processor (Sätteri,
 * astro.config.mjs `markdown.processor`, which MDX uses too), before any code of
 * the file can run: `npm run check` and the content guard refuse such a file
 * first, but `astro dev` recompiles an edited file without them.
 */
export default function remarkMdxGuard(): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'mdx-guard',
    // Node positions, for the line each finding names.
    options: { position: true },
    after(root, context) {
      if (context.sourceFormat !== 'mdx') return;
      const findings = mdxFindings(root as unknown as Root);
      if (findings.length === 0) return;
      const file = context.fileURL ? fileURLToPath(context.fileURL) : '';
      const lines = findings.map(({ line, found, expected }) => `  ✗ ${file}:${line}: nhận được ${found}; cần ${expected}.`);
      throw new Error([`MDX ngoài phần được phép (docs/huong-dan-bien-tap.md, mục 3):`, ...lines].join('\n'));
    },
  });
}
