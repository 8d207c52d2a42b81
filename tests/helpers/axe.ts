import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what Thông tư 26/2020/TT-BTTTT asks of state sites. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations on the page as it is now, one line each: `rule: selectors`. */
export async function axeViolations(tab: Page): Promise<string[]> {
  // Evaluated by the test driver: the page's policy refuses an inline <script> (addScriptTag).
  await tab.evaluate(axeSource);
  return tab.evaluate(async (tags) => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, WCAG_21_AA);
}
