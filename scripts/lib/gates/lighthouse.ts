/**
 * Lighthouse (the npm package, at LIGHTHOUSE_VERSION) run against a served
 * build with Debian's Chromium: mobile form factor and Lighthouse's own
 * simulated throttling (its defaults). Each run is a fresh CLI process with a
 * fresh browser profile.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { COLLECTIONS } from '../../../src/lib/content/collections';
import { sectionUrl } from '../../../src/lib/routing/urls';
import { median } from '../bench/stats';

/**
 * Not a devDependency: it weighs ~96 MB that every staff member's `npm ci`
 * would download for a benchmark they never run. The bench installs it from
 * the npm registry into node_modules/.cache the first time it is needed.
 */
export const LIGHTHOUSE_VERSION = '13.5.0';
const LIGHTHOUSE_DIR = resolve(`node_modules/.cache/lighthouse-${LIGHTHOUSE_VERSION}`);
const LIGHTHOUSE_CLI = join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/cli/index.js');

/** Installs the pinned Lighthouse once (npm registry only; no browser: Debian's Chromium is used). */
export function ensureLighthouse(): void {
  if (existsSync(LIGHTHOUSE_CLI)) return;
  console.log(`Installing Lighthouse ${LIGHTHOUSE_VERSION} for the benchmark (once, into ${LIGHTHOUSE_DIR})…`);
  execFileSync('npm', ['install', '--prefix', LIGHTHOUSE_DIR, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${LIGHTHOUSE_VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Scores from 0 to 100; null where Lighthouse could not score a category. */
export type Scores = Record<Category, number | null>;

/** The network is closed here: Chromium must not try to reach Google's services. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The four category scores of a Lighthouse JSON report, from 0 to 100. */
export function categoryScores(report: { categories: Partial<Record<string, { score: number | null }>> }): Scores {
  const score = (id: Category) => {
    const value = report.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Scores;
}

/** The median of each category over runs, leaving out runs that could not score it. */
export function medianScores(runs: readonly Scores[]): Scores {
  const of = (id: Category) => {
    const values = runs.map((run) => run[id]).filter((value): value is number => value !== null);
    return values.length > 0 ? median(values) : null;
  };
  return Object.fromEntries(CATEGORIES.map((id) => [id, of(id)])) as Scores;
}

/** One Lighthouse run of one URL. */
export async function runLighthouse(url: string): Promise<Scores> {
  ensureLighthouse();
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const reportFile = join(dir, 'report.json');
  try {
    const args = [
      LIGHTHOUSE_CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${reportFile}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ];
    const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`lighthouse ${url} failed (exit ${code})\n${errors}`))));
    });
    return categoryScores(JSON.parse(readFileSync(reportFile, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first detail page of a section, by name (the section's fixed sub-pages, `trang/`…, left out). */
function firstEntry(outDir: string, section: 'news' | 'albums'): string {
  const base = sectionUrl(section);
  const folder = join(outDir, base);
  const fixed: readonly string[] = COLLECTIONS[section].reserved;
  const slug = readdirSync(folder)
    .filter((name) => !fixed.includes(name) && existsSync(join(folder, name, 'index.html')))
    .sort()[0];
  if (!slug) throw new Error(`No entry page under ${folder}`);
  return `${base}${slug}/`;
}

/** The five page types the benchmark scores, each with its path in a built site (known before the build: their number). */
export const LIGHTHOUSE_PAGES: readonly { name: string; path: (outDir: string) => string }[] = [
  { name: 'home', path: () => sectionUrl('home') },
  { name: 'article', path: (outDir) => firstEntry(outDir, 'news') },
  { name: 'document list', path: () => sectionUrl('documents') },
  { name: 'album', path: (outDir) => firstEntry(outDir, 'albums') },
  // With a query, so the score includes loading Pagefind and showing results.
  { name: 'search', path: () => `${sectionUrl('search')}?q=doan%20cong%20tac` },
];
