import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheDirFor } from '../../../src/lib/build/paths';
import { gnuTimeMaxRssBytes, watchPeakMemory, type PeakMemory } from '../bench/process-memory';

/** Astro's command-line entry, from its package's `bin` (Astro 7 moved it to bin/astro.mjs). */
export const ASTRO_CLI = resolve(
  'node_modules/astro',
  (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { bin: { astro: string } }).bin.astro,
);
/** GNU time reports the exact peak of the largest process of a tree; used when installed. */
const GNU_TIME = '/usr/bin/time';

export interface BuildOptions {
  /** Content tree to build; the real `content/` when left out. */
  contentDir?: string;
  outDir: string;
  /** Remove Astro's cache first (a cold build). */
  cold?: boolean;
  /** Print Astro's output as it builds. */
  verbose?: boolean;
  /** Record the build's peak memory (scripts/lib/bench/process-memory.ts). */
  measureMemory?: boolean;
}

export interface BuildResult {
  milliseconds: number;
  /** What Astro printed. */
  output: string;
  /** Set when `measureMemory` was asked for. */
  peakMemory?: PeakMemory;
}

interface AstroRun {
  args: string[];
  env?: Record<string, string>;
  verbose: boolean;
  measureMemory?: boolean;
}

function runAstro({ args, env = {}, verbose, measureMemory = false }: AstroRun): Promise<{ output: string; peakMemory?: PeakMemory }> {
  const timeFile = measureMemory && existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), 'astro-time-')), 'max-rss') : undefined;
  const command = [process.execPath, ASTRO_CLI, ...args];
  const [file, ...argv] = timeFile ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...command] : command;
  return new Promise((done, fail) => {
    const child = spawn(file!, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    // GNU time's own few hundred kilobytes are not the build's.
    const watcher = measureMemory && child.pid ? watchPeakMemory(child.pid, 200, new Set(timeFile ? [child.pid] : [])) : undefined;
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) => {
      let peakMemory = watcher?.stop();
      if (peakMemory && timeFile) {
        const exact = gnuTimeMaxRssBytes(readFileSync(timeFile, 'utf8')) ?? 0;
        rmSync(resolve(timeFile, '..'), { recursive: true, force: true });
        const largestProcessBytes = Math.max(peakMemory.largestProcessBytes, exact);
        peakMemory = { ...peakMemory, largestProcessBytes, treeBytes: Math.max(peakMemory.treeBytes, largestProcessBytes) };
      }
      if (code === 0) done({ output, peakMemory });
      else fail(Object.assign(new Error(`astro ${args[0]} failed (exit ${code})\n${output}`), { output }));
    });
  });
}

/** Builds the site with Astro in a child process and times it. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  if (options.cold) {
    rmSync(cacheDirFor(options.contentDir), { recursive: true, force: true });
    rmSync(options.outDir, { recursive: true, force: true });
  }
  const started = performance.now();
  const { output, peakMemory } = await runAstro({
    args: ['build', '--outDir', options.outDir],
    env: options.contentDir ? { SITE_CONTENT_DIR: options.contentDir } : {},
    verbose: options.verbose ?? false,
    measureMemory: options.measureMemory,
  });
  return { milliseconds: performance.now() - started, output, peakMemory };
}

/** The bare Astro project the benchmark compares the site with (bench/baseline/README.md). */
export const BASELINE_ROOT = resolve('bench/baseline');

/**
 * Builds the same content tree with the bare baseline project, timed and
 * measured like `buildSite`. Its cache lives beside the output, so a cold
 * build removes both.
 */
export async function buildBaseline(options: Required<Pick<BuildOptions, 'contentDir' | 'outDir'>> & BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.outDir);
  const cacheDir = `${outDir}-cache`;
  if (options.cold) {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  const started = performance.now();
  const { output, peakMemory } = await runAstro({
    args: ['build', '--root', BASELINE_ROOT, '--outDir', outDir],
    env: { BASELINE_CONTENT_DIR: resolve(options.contentDir), BASELINE_CACHE_DIR: cacheDir },
    verbose: options.verbose ?? false,
    measureMemory: options.measureMemory,
  });
  return { milliseconds: performance.now() - started, output, peakMemory };
}

/** Serves a built site at http://localhost:<port>/ until the process is stopped. */
export async function serveSite(outDir: string, contentDir: string | undefined, port = 4321): Promise<string> {
  const { output } = await runAstro({
    args: ['preview', '--outDir', outDir, '--port', String(port)],
    env: contentDir ? { SITE_CONTENT_DIR: contentDir } : {},
    verbose: true,
  });
  return output;
}
