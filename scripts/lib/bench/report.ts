/**
 * The Markdown summary of `npm run bench`: build figures of the site next to
 * the baseline's, their ratio, and Lighthouse scores. Pure: the numbers in,
 * the text out.
 */
import { CATEGORIES, type Scores } from '../gates/lighthouse';
import { median } from './stats';

/** What one project's builds of one corpus measured, each list one value per run. */
export interface BuildFigures {
  coldMs: number[];
  warmMs: number[];
  /** Warm, after adding one article with five photos (scripts/lib/bench/one-article.ts): a pull request's build. */
  changedMs: number[];
  /** Peak memory of the build's process tree (scripts/lib/bench/process-memory.ts). */
  coldPeakBytes: number[];
  warmPeakBytes: number[];
  /** Bytes of every file of the output folder. */
  outputBytes: number;
  /** Bytes of `pagefind/` in the output; null when there is none. */
  searchIndexBytes: number | null;
}

export interface SizeResult {
  size: number;
  site: BuildFigures;
  baseline: BuildFigures;
}

export interface PageScores {
  name: string;
  path: string;
  runs: Scores[];
  median: Scores;
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  /** 1-minute load average when the run started: the machine is shared. */
  loadAverage?: number;
}

const MIB = 1024 * 1024;

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** KiB under 1 MiB, MiB under 1 GiB (one decimal under 100), else GiB. */
export function formatBytes(bytes: number): string {
  if (bytes < MIB) return `${Math.round(bytes / 1024)} KiB`;
  if (bytes < 1024 * MIB) return `${(bytes / MIB).toFixed(bytes < 100 * MIB ? 1 : 0)} MiB`;
  return `${(bytes / 1024 / MIB).toFixed(2)} GiB`;
}

export function formatRatio(value: number, baseline: number): string {
  return baseline > 0 ? `×${(value / baseline).toFixed(1)}` : '—';
}

const count = (n: number) => n.toLocaleString('en-US');

function figures(f: BuildFigures) {
  return {
    cold: median(f.coldMs),
    warm: median(f.warmMs),
    changed: median(f.changedMs),
    coldPeak: median(f.coldPeakBytes),
    warmPeak: median(f.warmPeakBytes),
    output: f.outputBytes,
    index: f.searchIndexBytes,
  };
}

/** One row per project and corpus size, and a row of ratios site ÷ baseline. */
export function buildTable(results: readonly SizeResult[]): string {
  const lines = [
    '| entries | build | cold | warm | warm, one article with 5 photos added | peak memory, cold / warm | output | search index |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { size, site, baseline } of results) {
    const s = figures(site);
    const b = figures(baseline);
    const row = (name: string, f: typeof s) =>
      `| ${count(size)} | ${name} | ${formatSeconds(f.cold)} | ${formatSeconds(f.warm)} | ${formatSeconds(f.changed)} | ${formatBytes(f.coldPeak)} / ${formatBytes(f.warmPeak)} | ${formatBytes(f.output)} | ${f.index === null ? '—' : formatBytes(f.index)} |`;
    lines.push(row('site', s), row('baseline', b));
    lines.push(
      `| ${count(size)} | site ÷ baseline | ${formatRatio(s.cold, b.cold)} | ${formatRatio(s.warm, b.warm)} | ${formatRatio(s.changed, b.changed)} | ${formatRatio(s.coldPeak, b.coldPeak)} / ${formatRatio(s.warmPeak, b.warmPeak)} | ${formatRatio(s.output, b.output)} | — |`,
    );
  }
  return lines.join('\n');
}

const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/** Median scores per page, 0–100. */
export function lighthouseTable(pages: readonly PageScores[]): string {
  const lines = [`| page | path | ${CATEGORIES.map((id) => CATEGORY_NAMES[id]).join(' | ')} |`, `| --- | --- |${CATEGORIES.map(() => ' ---: |').join('')}`];
  for (const page of pages) {
    const cells = CATEGORIES.map((id) => page.median[id] ?? '—');
    lines.push(`| ${page.name} | \`${page.path}\` | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function machineLine(machine: Machine, runs: number): string {
  const memory = Math.round(machine.memoryBytes / 1024 / MIB);
  const load = machine.loadAverage === undefined ? '' : `, load average ${machine.loadAverage.toFixed(1)} at the start`;
  return `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${memory} GiB, Node ${machine.node}${load}; median of ${runs} run${runs === 1 ? '' : 's'}.`;
}

export function summary(machine: Machine, runs: number, results: readonly SizeResult[], pages: readonly PageScores[], lighthouseSize?: number): string {
  const parts = [machineLine(machine, runs), '', buildTable(results)];
  if (pages.length > 0) {
    parts.push(
      '',
      `Lighthouse ${pages[0]!.runs.length > 1 ? `(median of ${pages[0]!.runs.length} runs)` : '(1 run)'}, mobile, on the ${count(lighthouseSize ?? 0)}-entry build:`,
      '',
      lighthouseTable(pages),
    );
  }
  return `${parts.join('\n')}\n`;
}
