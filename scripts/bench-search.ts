/**
 * Search benchmark (issue: figures for 1,000 and 10,000 entries): indexing
 * time (median of N runs), index size on disk, and the bytes a visitor's
 * browser downloads (as sent compressed) for a first and a second query on
 * /tim-kiem/, and for the first query typed with its marks in another visit.
 *
 *   npm run bench:search -- --sizes 1000,10000 --runs 3
 *
 * With --offline, the offline copy's search instead (scripts/lib/bench/offline-search.ts):
 * the scripts loaded from file:// before the first results and the time to them,
 * for demo pages indexed as the copy indexes them, no site built.
 *
 *   npm run bench:search -- --offline --sizes 1000,10000 --runs 3
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { indexBuiltSite } from '../src/integrations/search-index';
import { buildSite } from './lib/build/build-site';
import { launchChromium } from './lib/shared/chromium';
import { generateDemoCorpus } from './lib/demo/corpus';
import { folderSize } from './lib/bench/folder-size';
import { serveStatic } from './lib/shared/static-server';
import { median } from './lib/bench/stats';
import { measureOfflineQueries, writeOfflineSearchHarness } from './lib/bench/offline-search';
import { demoOfflinePages } from './lib/demo/offline-pages';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    offline: { type: 'boolean', default: false },
  },
});
const out = values.out ?? (values.offline ? 'bench-results/search-offline.json' : 'bench-results/search.json');
/** Queries of the offline benchmark: with and without marks, a phrase, a word also typed as the start of longer ones. */
const OFFLINE_QUERIES = ['đoàn công tác', 'doan cong tac', 'hội nghị', 'lao'];

/** Bytes fetched from /pagefind/ while the search page answers each query in turn. */
async function queryBytes(outDir: string, queries: string[]): Promise<number[]> {
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(outDir, { compressed: true })]);
  try {
    const tab = await browser.newPage();
    let pending: Promise<number>[] = [];
    tab.on('requestfinished', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      pending.push(
        request.sizes().then(
          (sizes) => sizes.responseBodySize + sizes.responseHeadersSize,
          () => 0,
        ),
      );
    });
    await tab.goto(`${server.url}/tim-kiem/`);
    await tab.waitForLoadState('networkidle');
    const perQuery: number[] = [];
    for (const query of queries) {
      pending = [];
      await tab.getByLabel('Tìm kiếm trên trang').fill(query);
      await tab.keyboard.press('Enter');
      await tab.locator('[data-search-status]').filter({ hasText: query }).waitFor();
      await tab.waitForLoadState('networkidle');
      perQuery.push((await Promise.all(pending)).reduce((sum, bytes) => sum + bytes, 0));
    }
    return perQuery;
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

async function benchOffline(size: number) {
  const dir = `.tmp/bench-offline-${size}`;
  const index = await writeOfflineSearchHarness(dir, demoOfflinePages(size));
  const browser = await launchChromium();
  try {
    const queries = await measureOfflineQueries(browser, dir, OFFLINE_QUERIES, Number(values.runs));
    console.log(`size ${size}: offline index ${(index.indexBytes / 1024 / 1024).toFixed(2)} MiB in ${index.indexFiles} files`);
    for (const query of queries) {
      console.log(
        `  "${query.query}": ${query.results} results; ${query.scripts.length} scripts, ${(query.bytes / 1024).toFixed(0)} KiB before the first results, shown after ${query.firstResultMs} ms`,
      );
    }
    return { size, ...index, queries };
  } finally {
    await browser.close();
  }
}

const results = [];
for (const size of values.sizes.split(',').map(Number)) {
  if (values.offline) {
    results.push(await benchOffline(size));
    continue;
  }
  const contentDir = `.tmp/bench-${size}`;
  const outDir = `.tmp/bench-${size}-dist`;
  if (!existsSync(join(contentDir, '.demo-corpus')) || !existsSync(join(outDir, 'index.html'))) {
    await generateDemoCorpus({ size, outDir: contentDir });
    console.log(`size ${size}: building…`);
    await buildSite({ contentDir, outDir });
  }
  const timings: number[] = [];
  let pages = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const report = await indexBuiltSite(outDir);
    timings.push(report.milliseconds);
    pages = report.pages;
  }
  const index = folderSize(join(outDir, 'pagefind'));
  const [first, second] = await queryBytes(outDir, ['doan cong tac', 'quyet dinh ubnd']);
  // The same words typed with their marks, as the first query of another visit: it should cost no more.
  const [firstMarked] = await queryBytes(outDir, ['đoàn công tác']);
  // The same pages indexed as they are (đ not rewritten), to show what the đ folding costs.
  await indexBuiltSite(outDir, { encode: (html) => html });
  const plain = folderSize(join(outDir, 'pagefind'));
  await indexBuiltSite(outDir);
  const result = {
    size,
    pages,
    indexMedianMs: median(timings),
    indexMs: timings,
    indexBytes: index.bytes,
    indexFiles: index.files,
    plainIndexBytes: plain.bytes,
    firstQueryBytes: first,
    firstMarkedQueryBytes: firstMarked,
    secondQueryBytes: second,
  };
  results.push(result);
  console.log(
    `size ${size}: ${pages} pages indexed, median ${(result.indexMedianMs / 1000).toFixed(2)} s; index ${(index.bytes / 1024 / 1024).toFixed(2)} MiB in ${index.files} files (without the đ rewrite ${(plain.bytes / 1024 / 1024).toFixed(2)} MiB); first query ${(first! / 1024).toFixed(0)} KiB (typed with marks ${(firstMarked! / 1024).toFixed(0)} KiB), second ${(second! / 1024).toFixed(0)} KiB`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`Written to ${out}`);
