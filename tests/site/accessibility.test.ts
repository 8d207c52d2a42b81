import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { samplePages, useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('axe (WCAG 2.0 and 2.1, A and AA), one page of each type', () => {
  it.each([390, 1280])('has no violations at %i px', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    const violations: string[] = [];
    for (const path of samplePages()) {
      await tab.goto(`${site.url}${path}`);
      violations.push(...(await axeViolations(tab)).map((v) => `${path} ${v}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
