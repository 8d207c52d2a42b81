import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheDirFor } from '../../src/lib/build-paths';

const ASTRO = resolve('node_modules/astro/astro.js');

export interface BuildOptions {
  /** Content tree to build; the real `content/` when left out. */
  contentDir?: string;
  outDir: string;
  /** Remove Astro's cache first (a cold build). */
  cold?: boolean;
  /** Print Astro's output as it builds. */
  verbose?: boolean;
}

export interface BuildResult {
  milliseconds: number;
  /** What Astro printed. */
  output: string;
}

function runAstro(args: string[], contentDir: string | undefined, verbose: boolean): Promise<string> {
  return new Promise((done, fail) => {
    const env = { ...process.env, ...(contentDir ? { SITE_CONTENT_DIR: contentDir } : {}) };
    const child = spawn(process.execPath, [ASTRO, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(output) : fail(Object.assign(new Error(`astro ${args[0]} failed (exit ${code})\n${output}`), { output })),
    );
  });
}

/** Builds the site with Astro in a child process and times it. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  if (options.cold) {
    rmSync(cacheDirFor(options.contentDir), { recursive: true, force: true });
    rmSync(options.outDir, { recursive: true, force: true });
  }
  const started = performance.now();
  const output = await runAstro(['build', '--outDir', options.outDir], options.contentDir, options.verbose ?? false);
  return { milliseconds: performance.now() - started, output };
}

/** Serves a built site at http://localhost:<port>/ until the process is stopped. */
export function serveSite(outDir: string, contentDir: string | undefined, port = 4321): Promise<string> {
  return runAstro(['preview', '--outDir', outDir, '--port', String(port)], contentDir, true);
}
