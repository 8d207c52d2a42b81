import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

  /** Copies a stored result to `target`; false when there is none. */
  async copyTo(key: string, name: string, target: string): Promise<boolean> {
    return copyFile(this.#path(key, name), target).then(
      () => true,
      () => false,
    );
  }

  /** Stores a result; written to a temporary name first, so an interrupted build never leaves half a file. */
  async write(key: string, name: string, bytes: string | Uint8Array): Promise<void> {
    const path = this.#path(key, name);
    // Named for this write alone: two files with the same bytes are stored under one key at the same time.
    const partial = `${path}.${process.pid}-${++this.#writes}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
  }

  /** Replaces `target` with a copy of the folder stored under a key and name; false when there is none. */
  async copyFolderTo(key: string, name: string, target: string): Promise<boolean> {
    const stored = this.#path(key, name);
    if (!existsSync(stored)) return false;
    await rm(target, { recursive: true, force: true });
    await cp(stored, target, { recursive: true });
    return true;
  }

  /** Stores a copy of a folder (Pagefind's index); copied under a temporary name first, like {@link write}. */
  async writeFolder(key: string, name: string, source: string): Promise<void> {
    const path = this.#path(key, name);
    const partial = `${path}.${process.pid}-${++this.#writes}.partial`;
    await cp(source, partial, { recursive: true });
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
