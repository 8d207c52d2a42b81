import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapPool } from '../shared/pool';
import { listFiles } from './after-build';
import { cacheDirFor } from './paths';

/** A key from everything a result was made from: the same inputs give the same key. */
export function hashKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? Buffer.from(part) : part).update('\u0000');
  return hash.digest('hex');
}

/**
 * The version of the code that makes a result: a hash of its source file
 * (`new URL('./x.ts', import.meta.url)`), so a change to the code makes new
 * keys without anyone remembering to bump a number. When the source cannot be
 * read (a bundled copy), a key that no later build repeats: nothing is reused.
 */
export function sourceVersion(source: URL): string {
  try {
    return hashKey(readFileSync(source));
  } catch {
    return `unversioned-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}

/** The version of code spread over several files (and packages, by their `package.json`), named relative to `from` (`import.meta.url`). */
export function codeVersion(from: string, files: readonly string[]): string {
  return hashKey(...files.map((file) => sourceVersion(new URL(file, from))));
}

/**
 * Results derived from a build's inputs (compressed pages, "Lưu" copies, the
 * photo check), kept between builds in Astro's cache folder, which CI keeps
 * (.github/workflows/pr.yml), and keyed by a hash of what each was made from
 * ({@link hashKey}), so that a warm build redoes only what changed. A key
 * should include a version of the code that makes the result, bumped when
 * its output changes. Entries no build used since the cache was opened are
 * removed by {@link DerivedCache.prune}, so the folder holds one build's worth.
 */
export class DerivedCache {
  readonly #used = new Set<string>();
  #writes = 0;

  constructor(
    /** The folder of one kind of result. */
    readonly dir: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The cache of one kind of result for a content tree (`undefined`: the real `content/`). */
  static for(kind: string, contentDir: string | undefined = process.env.SITE_CONTENT_DIR): DerivedCache {
    return new DerivedCache(join(cacheDirFor(contentDir), 'derived', kind));
  }

  #path(key: string, name: string): string {
    this.#used.add(`${key}.${name}`);
    return join(this.dir, `${key}.${name}`);
  }

  /** The bytes stored under a key and name (e.g. `br`), or undefined. */
  async read(key: string, name: string): Promise<Buffer | undefined> {
    return readFile(this.#path(key, name)).catch(() => undefined);
  }

  /**
   * Puts the result stored under a key and name at `target` without reading
   * or writing its bytes: a hard link (a copy when the cache is on another
   * disk); false when none is stored. The two names share one file, which
   * is safe because neither is ever rewritten in place: {@link write}
   * renames a new file over a stored one, and a build's output is replaced
   * whole (src/lib/build/previous-output.ts, atomic-build.ts).
   */
  async linkTo(key: string, name: string, target: string): Promise<boolean> {
    const stored = this.#path(key, name);
    if (!existsSync(stored)) return false;
    await linkOrCopy(stored, target);
    return true;
  }

  /** The size in bytes of the result stored under a key and name, or undefined. */
  size(key: string, name: string): number | undefined {
    return statSync(this.#path(key, name), { throwIfNoEntry: false })?.size;
  }

  /** Stores a result; written to a temporary name first, so an interrupted build never leaves half a file. */
  async write(key: string, name: string, bytes: string | Uint8Array): Promise<void> {
    const path = this.#path(key, name);
    // Named for this write alone: two files with the same bytes are stored under one key at the same time.
    const partial = `${path}.${process.pid}-${++this.#writes}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
  }

  /** Replaces `target` with the folder stored under a key and name; false when there is none. */
  async copyFolderTo(key: string, name: string, target: string): Promise<boolean> {
    const stored = this.#path(key, name);
    if (!existsSync(stored)) return false;
    await rm(target, { recursive: true, force: true });
    await linkFolder(stored, target);
    return true;
  }

  /**
   * Stores a folder (Pagefind's index) as hard links to its files, like {@link linkTo} the other way: safe while
   * nothing writes its files in place (a `.br`/`.gz` made beside one is a new file); put under a temporary name
   * first, like {@link write}.
   */
  async writeFolder(key: string, name: string, source: string): Promise<void> {
    const path = this.#path(key, name);
    const partial = `${path}.${process.pid}-${++this.#writes}.partial`;
    await linkFolder(source, partial);
    // Another build may have stored the same folder meanwhile: theirs is as good.
    await rename(partial, path).catch(() => rm(partial, { recursive: true, force: true }));
  }

  async readJson<T>(key: string, name = 'json'): Promise<T | undefined> {
    const bytes = await this.read(key, name);
    if (!bytes) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async writeJson(key: string, value: unknown, name = 'json'): Promise<void> {
    await this.write(key, name, JSON.stringify(value));
  }

  /** Removes every entry not read or written since this cache was opened (a build's leftovers); returns how many. */
  prune(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      // Another build's file being written is not ours to remove.
      if (this.#used.has(name) || name.endsWith('.partial')) continue;
      rmSync(join(this.dir, name), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }
}

/** Every file of `source` linked at the same path under `target` (~10,000 files of Pagefind's index at 10,000 entries). */
async function linkFolder(source: string, target: string): Promise<void> {
  const files = await listFiles(source);
  await mkdir(target, { recursive: true });
  for (const folder of new Set(files.map((file) => dirname(file)))) await mkdir(join(target, folder), { recursive: true });
  await mapPool(files, 16, (file) => linkOrCopy(join(source, file), join(target, file)));
}

/** A hard link from `target` to `source`, over any file there; a copy when they are on different disks. */
async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return copyFile(source, target);
    await rm(target, { force: true });
    await link(source, target).catch(() => copyFile(source, target));
  }
}
