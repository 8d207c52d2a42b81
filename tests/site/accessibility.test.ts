import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { sitemapPaths } from '../helpers/built-site';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** Every page the sitemap lists, and the 404 page: paths such as `/tin-tuc/`. */
function sitemapPages(): string[] {
  return [...sitemapPaths(), '/404.html'];
}

describe('axe (WCAG 2.0 and 2.1, A and AA) on every page of the generated site', () => {
  it('lists the pages it checks from the sitemap', () => {
    expect(sitemapPages().length).toBeGreaterThan(90);
  });

  it.each([390, 1280])(
    'has no violations at %i px',
    async (width) => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      const violations: string[] = [];
      for (const path of sitemapPages()) {
        await tab.goto(`${site.url}${path}`);
        violations.push(...(await axeViolations(tab)).map((violation) => `${path} ${violation}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    },
    600_000,
  );
});
