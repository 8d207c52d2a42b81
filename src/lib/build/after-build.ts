import { readdir } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import type { ProgressOutput } from './progress';

/**
 * The files of a finished build, listed once and kept up to date by the steps
 * that add or remove files: paths relative to the build's root, with `/`.
 */
export class BuildFiles {
  readonly #paths: Set<string>;

  constructor(
    /** The build's folder on disk. */
    readonly root: string,
    paths: Iterable<string>,
  ) {
    this.#paths = new Set(paths);
  }

  /** Every file, sorted, so that each step sees them in the same order. */
  list(): string[] {
    return [...this.#paths].sort();
  }

  /** Files whose path matches `test`, sorted. */
  filter(test: (path: string) => boolean): string[] {
    return this.list().filter(test);
  }

  has(path: string): boolean {
    return this.#paths.has(path);
  }

  /** A file a step wrote. */
  add(path: string): void {
    this.#paths.add(path.replace(/\\/g, '/').replace(/^\//, ''));
  }

  /** A file a step removed. */
  remove(path: string): void {
    this.#paths.delete(path);
  }

  /** A folder a step wrote whole (Pagefind's index): its files replace whatever was listed under it. */
  async addFolder(folder: string): Promise<void> {
    const prefix = `${folder.replace(/\/$/, '')}/`;
    for (const path of this.#paths) if (path.startsWith(prefix)) this.#paths.delete(path);
    for (const path of await listFiles(join(this.root, folder))) this.#paths.add(posix.join(prefix, path));
  }

  /** The absolute path of a listed file. */
  absolute(path: string): string {
    return join(this.root, path);
  }
}

/** Every file under `dir`, relative, with `/`. */
export async function listFiles(dir: string): Promise<string[]> {
  const base = resolve(dir);
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => posix.join(relative(base, entry.parentPath).split(sep).join('/'), entry.name));
}

/** Whether no folder or file on the path starts with a dot (`.well-known/`): the globs the steps used skipped those. */
export const isVisible = (path: string) => !path.split('/').some((part) => part.startsWith('.'));

export interface AfterBuildContext {
  /** The site's public address (`site` in astro.config.mjs). */
  site: URL;
  /** One line of the build's log, under the step's name. */
  log: (line: string) => void;
  /** Where a step's progress line goes (src/lib/build/progress.ts): the terminal, or else `log`, a line per 10 %. */
  progressOut: ProgressOutput;
}

/** One pass over the finished build: it reads the list, and says what it wrote or removed. */
export interface AfterBuildStep {
  name: string;
  run: (files: BuildFiles, context: AfterBuildContext) => Promise<void> | void;
}

export interface AfterBuildOptions {
  site: URL;
  log: (step: string, line: string) => void;
  /** The build's output stream: when it is a terminal, progress lines are rewritten in place there, which a logger cannot do. */
  terminal?: { readonly isTTY?: boolean; write(chunk: string): unknown };
  /** How the folder is listed (the one walk); a test passes its own. */
  list?: (root: string) => Promise<string[]>;
}

/**
 * Runs the steps in order over one listing of the build's folder: `dist/` is
 * walked once, and each step reads the list the steps before it left.
 */
export async function runAfterBuild(root: string, steps: readonly AfterBuildStep[], options: AfterBuildOptions): Promise<BuildFiles> {
  const files = new BuildFiles(root, await (options.list ?? listFiles)(root));
  for (const step of steps) {
    const log = (line: string) => options.log(step.name, line);
    await step.run(files, { site: options.site, log, progressOut: options.terminal?.isTTY ? options.terminal : log });
  }
  return files;
}
