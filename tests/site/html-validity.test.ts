import { describe, expect, it } from 'vitest';
import { formatHtmlProblem, validateBuiltHtml } from '../../scripts/lib/gates/html-validation';
import { TEST_DIST } from '../helpers/built-site';

describe('HTML (html-validate, the rules of .htmlvalidate.mjs)', () => {
  it("every page of the build is valid; the editor at /admin/ is Sveltia CMS's page and not checked", async () => {
    const { pages, problems } = await validateBuiltHtml(TEST_DIST);
    expect(pages).toBeGreaterThan(90);
    expect(problems.map(formatHtmlProblem)).toEqual([]);
  });
});
