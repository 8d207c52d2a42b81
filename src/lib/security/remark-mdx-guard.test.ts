import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkMdxGuard from './remark-mdx-guard';

const tree = (text: string) => fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Root;

describe('the MDX compiler refuses what the check refuses (astro dev recompiles without the check)', () => {
  it('stops on an import or an expression, naming file and line', () => {
    expect(() => remarkMdxGuard()(tree("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}"), { path: 'content/tin-tuc/a.mdx' })).toThrow(
      /content\/tin-tuc\/a\.mdx:1: nhận được "import fs from 'node:fs'"[\s\S]*content\/tin-tuc\/a\.mdx:3: nhận được \{fs\.readFileSync/,
    );
  });

  it('lets the allowed components through', () => {
    expect(() => remarkMdxGuard()(tree('<Callout title="Lưu ý">Chữ.</Callout>'), { path: 'a.mdx' })).not.toThrow();
  });
});
