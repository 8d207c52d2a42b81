import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { samplePages, useServedSite } from '../helpers/served-site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useServedSite();

describe('axe (WCAG 2.0 and 2.1, A and AA), one page of each type', () => {
  it.each([390, 1280])('has no violations at %i px', async (width) => {
    const paths = samplePages();
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await tab.goto(`${site.url}${path}`);
      await tab.addScriptTag({ content: axeSource });
      const found = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      violations.push(...found.map((v) => `${path} ${v}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
