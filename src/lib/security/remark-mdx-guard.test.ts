import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import remarkMdxGuard from './remark-mdx-guard';

/** Compiles MDX as Astro does (Sätteri), with the guard among its plugins. */
const compile = async (text: string, path: string) =>
  mdxToJs(text, { fileURL: pathToFileURL(path), mdastPlugins: [remarkMdxGuard()] } as Parameters<typeof mdxToJs>[1]);

describe('the MDX compiler refuses what the check refuses (astro dev recompiles without the check)', () => {
  it('stops on an import or an expression, naming file and line', async () => {
    await expect(compile("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}", '/site/content/tin-tuc/a.mdx')).rejects.toThrow(
      /content\/tin-tuc\/a\.mdx:1: nhận được "import fs from 'node:fs'"[\s\S]*content\/tin-tuc\/a\.mdx:3: nhận được \{fs\.readFileSync/,
    );
  });

  it('lets the allowed components through', async () => {
    await expect(compile('<Callout title="Lưu ý">Chữ.</Callout>', '/site/content/tin-tuc/a.mdx')).resolves.toBeDefined();
  });
});
