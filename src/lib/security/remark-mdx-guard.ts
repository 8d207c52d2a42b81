import type { Root } from 'mdast';
import { mdxFindings } from './mdx-subset';

/**
 * The MDX subset enforced once more inside Astro's MDX compiler, before any
 * code of the file can run: `npm run check` and the content guard refuse such
 * a file first, but `astro dev` recompiles an edited file without them.
 */
export default function remarkMdxGuard() {
  return (tree: Root, file: { path?: string }) => {
    const findings = mdxFindings(tree);
    if (findings.length === 0) return;
    const lines = findings.map(({ line, found, expected }) => `  ✗ ${file.path ?? ''}:${line}: nhận được ${found}; cần ${expected}.`);
    throw new Error([`MDX ngoài phần được phép (docs/huong-dan-bien-tap.md, mục 3):`, ...lines].join('\n'));
  };
}
