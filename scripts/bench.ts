/**
 * Build benchmark (issue #8, part 6): for each corpus size, cold (no cache, no
 * output), warm (cache kept) and warm-after-a-change (one article with five photos added) builds of the site and of a bare Astro project
 * reading the same corpus (bench/baseline/), median of N runs each, with peak
 * memory, output size and search index size; then Lighthouse mobile scores of
 * five page types of the first size's build. Timings are reported, never asserted.
 *
 *   npm run bench -- --sizes 1000,10000 --runs 3 [--no-lighthouse] [--lighthouse-runs 3] [--lighthouse-only]
 *
 * Writes bench-results/bench.json and bench-results/bench.md (the summary it prints).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProgress } from '../src/lib/build/progress';
import { summary, type BuildFigures, type PageScores, type SizeResult } from './lib/bench/report';
import { buildBaseline, buildSite, type BuildOptions, type BuildResult } from './lib/build/build-site';
import { generateDemoCorpus, type DemoSummary } from './lib/demo/corpus';
import { folderSize } from './lib/bench/folder-size';
import { addArticleWithPhotos } from './lib/bench/one-article';
import { ensureLighthouse, LIGHTHOUSE_PAGES, medianScores, runLighthouse } from './lib/gates/lighthouse';
import { serveStatic } from './lib/shared/static-server';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    lighthouse: { type: 'boolean', default: true },
    'lighthouse-runs': { type: 'string' },
    // Scores the first size's existing build only, e.g. again on a quiet machine (Lighthouse's blocking time counts other work).
    'lighthouse-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/bench' },
  },
  allowNegative: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const lighthouseRuns = Number(values['lighthouse-runs'] ?? runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(runs >= 1) || !(lighthouseRuns >= 1)) {
  console.error('Usage: npm run bench -- --sizes 1000,10000 --runs 3 [--no-lighthouse] [--lighthouse-runs 3] [--lighthouse-only]');
  process.exit(2);
}

type Builder = (options: BuildOptions & { contentDir: string }) => Promise<BuildResult>;

// Installed before the first build, not into the middle of the progress line (and a failed install stops the run at once).
if (values.lighthouse) ensureLighthouse();
// The plan, step by step: a cold, a warm and a changed build of the site and of the baseline per size and run, then
// each Lighthouse run. The estimate is their average pace, so it is rough while the slow cold builds lead.
const steps = (values['lighthouse-only'] ? 0 : sizes.length * runs * 6) + (values.lighthouse ? LIGHTHOUSE_PAGES.length * lighthouseRuns : 0);
const progress = createProgress({ label: 'Bước đo', total: steps, out: process.stdout });
/** A step's line of results, printed where the progress line was; the tick that follows it draws that again below. */
function report(line: string): void {
  progress.clear();
  console.log(line);
}

/** Cold then warm build of one project, `runs` times; sizes read after the last build. */
async function measure(build: Builder, contentDir: string, outDir: string, label: string): Promise<BuildFigures> {
  const figures: BuildFigures = { coldMs: [], warmMs: [], changedMs: [], coldPeakBytes: [], warmPeakBytes: [], outputBytes: 0, searchIndexBytes: null };
  for (let run = 1; run <= runs; run++) {
    const cold = await build({ contentDir, outDir, cold: true, measureMemory: true });
    progress.tick();
    const warm = await build({ contentDir, outDir, measureMemory: true });
    progress.tick();
    // Sizes of the corpus as generated, before the change below.
    figures.outputBytes = folderSize(outDir).bytes;
    const index = folderSize(join(outDir, 'pagefind'));
    figures.searchIndexBytes = index.files > 0 ? index.bytes : null;
    // Into the same folder emptied, as CI builds a pull request (the cache kept, not the output): Astro's
    // incremental build copies unchanged pages only into the output folder it built last, whose path is part
    // of the code it hashes. The corpus's own output waits beside it for Lighthouse and bench:search.
    const generatedDir = `${outDir}-generated`;
    rmSync(generatedDir, { recursive: true, force: true });
    renameSync(outDir, generatedDir);
    const removeArticle = await addArticleWithPhotos(contentDir);
    const changed = await build({ contentDir, outDir }).finally(() => {
      removeArticle();
      rmSync(outDir, { recursive: true, force: true });
      renameSync(generatedDir, outDir);
    });
    figures.coldMs.push(cold.milliseconds);
    figures.warmMs.push(warm.milliseconds);
    figures.changedMs.push(changed.milliseconds);
    figures.coldPeakBytes.push(cold.peakMemory!.treeBytes);
    figures.warmPeakBytes.push(warm.peakMemory!.treeBytes);
    const seconds = (result: BuildResult) => `${(result.milliseconds / 1000).toFixed(1)} s`;
    report(`${label}, run ${run}: cold ${seconds(cold)}, warm ${seconds(warm)}, one article with 5 photos added ${seconds(changed)}`);
    progress.tick();
  }
  return figures;
}

async function scorePages(outDir: string): Promise<PageScores[]> {
  const server = await serveStatic(outDir, { compressed: true });
  try {
    const pages: PageScores[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const path = page.path(outDir);
      const scores = [];
      for (let run = 1; run <= lighthouseRuns; run++) {
        scores.push(await runLighthouse(`${server.url}${path}`));
        if (run < lighthouseRuns) progress.tick();
      }
      pages.push({ name: page.name, path, runs: scores, median: medianScores(scores) });
      report(`Lighthouse ${page.name} (${path}): ${JSON.stringify(pages.at(-1)!.median)}`);
      progress.tick();
    }
    return pages;
  } finally {
    await server.close();
  }
}

const machine = {
  date: new Date().toISOString(),
  cpu: cpus()[0]?.model ?? 'unknown CPU',
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.version,
  loadAverage: loadavg()[0],
};
const results: (SizeResult & { corpus: DemoSummary })[] = [];
let pages: PageScores[] = [];
function writeResults(): void {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`${values.out}.json`, `${JSON.stringify({ machine, runs, lighthouseRuns, results, lighthouse: pages }, null, 2)}\n`);
  writeFileSync(`${values.out}.md`, summary(machine, runs, results, pages, sizes[0]));
}

if (values['lighthouse-only']) {
  const outDir = `.tmp/bench-${sizes[0]}-dist`;
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`Chưa có bản dựng ${outDir}: chạy npm run bench -- --sizes ${sizes[0]} trước.`);
    process.exit(2);
  }
  pages = await scorePages(outDir);
  writeResults();
}
for (const size of values['lighthouse-only'] ? [] : sizes) {
  // The same folders as bench:search, which reuses a build it finds there.
  const contentDir = `.tmp/bench-${size}`;
  const outDir = `.tmp/bench-${size}-dist`;
  const corpus = await generateDemoCorpus({ size, outDir: contentDir });
  const site = await measure(buildSite, contentDir, outDir, `site ${size}`);
  const baseline = await measure(buildBaseline, contentDir, `.tmp/bench-${size}-baseline-dist`, `baseline ${size}`);
  results.push({ size, corpus, site, baseline });
  if (values.lighthouse && size === sizes[0]) pages = await scorePages(outDir);
  // After each size, so a long run stopped early keeps what it measured.
  writeResults();
}
progress.done();
console.log(`\n${summary(machine, runs, results, pages, sizes[0])}\nWritten to ${values.out}.json and ${values.out}.md`);
