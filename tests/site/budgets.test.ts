import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, overBudget, readBudgets, renderBlockingScripts } from '../../scripts/lib/gates/budgets';
import { NOT_OUR_PAGES } from '../../scripts/lib/gates/html-validation';
import { measurePage, pageTypePaths } from '../../scripts/lib/gates/page-weight';
import { TEST_DIST } from '../helpers/built-site';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('performance budgets (budgets.json)', () => {
  it('one page of each type, loaded at 390 px with nothing cached, stays within its budget of KB sent and requests', async () => {
    const budgets = readBudgets();
    const paths = pageTypePaths(TEST_DIST);
    const over: string[] = [];
    for (const type of PAGE_TYPES) {
      const weight = await measurePage(site.browser, `${site.url}${paths[type]}`, budgets.viewport);
      expect(weight.bytes.html, `${type}: the page itself was counted`).toBeGreaterThan(0);
      over.push(...overBudget(weight, budgets.pages[type]).map((line) => `${type} ${paths[type]}: ${line}`));
    }
    expect(over).toEqual([]);
  });

  it('no page has a render-blocking script in its head: each is a module, defer or async', async () => {
    const files = await glob('**/*.html', { cwd: TEST_DIST, ignore: NOT_OUR_PAGES });
    expect(files.length).toBeGreaterThan(90);
    const blocking = files.flatMap((file) => renderBlockingScripts(readFileSync(join(TEST_DIST, file), 'utf8')).map((script) => `${file}: ${script}`));
    expect(blocking).toEqual([]);
  });
});
