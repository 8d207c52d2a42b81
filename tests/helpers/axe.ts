import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { WCAG_21_AA } from '../../src/lib/quality';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now, one line each: `rule: selectors`. */
export async function axeViolations(tab: Page): Promise<string[]> {
  // Evaluated by the test driver: the page's policy refuses an inline <script> (addScriptTag).
  await tab.evaluate(axeSource);
  return tab.evaluate(
    async (tags) => {
      type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    },
    [...WCAG_21_AA],
  );
}
