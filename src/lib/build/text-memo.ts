import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashKey, type DerivedCache } from './derived-cache';

const memos: TextMemo<unknown>[] = [];

/**
 * The version every memo is kept under: every module of src/lib and the lock
 * file. What a check finds in a text depends on code spread over many modules
 * and packages (the HTML allowlist, the Markdown parser); a hand-made list
 * would one day miss one, and a stale finding could let unsafe markup
 * through. Any change there starts afresh. Where the sources are not beside
 * this module (a bundled copy), a version no other process repeats: nothing
 * is kept between builds.
 */
function codeVersionOfLib(): string {
  try {
    const lib = fileURLToPath(new URL('../', import.meta.url));
    const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
      .sort();
    if (!sources.includes('build/text-memo.ts')) throw new Error('not beside the sources');
    return hashKey(...sources.flatMap((file) => [file, readFileSync(`${lib}/${file}`)]), readFileSync(new URL('../../../package-lock.json', import.meta.url)));
  } catch {
    return `unversioned-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}
/** Worked out when a memo is first loaded or saved, not by every module that imports one. */
let codeVersion: string | undefined;
const currentCodeVersion = () => (codeVersion ??= codeVersionOfLib());

/**
 * What a function works out from a text alone (a Markdown file's front matter
 * read leniently, the links of its body), remembered by a hash of the text: in memory, and between builds in one JSON file per
 * memo when the build hands over its cache ({@link loadTextMemos},
 * {@link saveTextMemos}). A build of 10,000 unchanged entries then parses none
 * of them again: most of the content check (src/lib/checks/content-check.ts).
 * Values go through JSON, so the first build and the next read the same.
 */
export class TextMemo<T> {
  /** Loaded from an earlier build. */
  #known = new Map<string, T>();
  /** Read or worked out since the last save: what the next save keeps. */
  readonly #used = new Map<string, T>();

  constructor(
    /** The file it is kept in. */
    readonly name: string,
    /** `variant` tells apart texts read two ways (Markdown and MDX). */
    readonly compute: (text: string, variant: string) => T,
  ) {
    memos.push(this as TextMemo<unknown>);
  }

  /** What `compute` gives for a text. */
  of(text: string, variant = ''): T {
    const key = hashKey(variant, text);
    const value = this.#used.has(key) ? this.#used.get(key)! : this.#known.has(key) ? this.#known.get(key)! : this.#computed(text, variant);
    this.#used.set(key, value);
    return value;
  }

  /** Through JSON, as an earlier build's value is read back. */
  #computed(text: string, variant: string): T {
    return JSON.parse(JSON.stringify(this.compute(text, variant))) as T;
  }

  async load(cache: DerivedCache): Promise<void> {
    const stored = await cache.readJson<Record<string, T>>(currentCodeVersion(), this.name);
    if (stored) this.#known = new Map(Object.entries(stored));
  }

  /** Keeps what this build read or worked out (and no more: texts no longer there are left out). */
  async save(cache: DerivedCache): Promise<void> {
    await cache.writeJson(currentCodeVersion(), Object.fromEntries(this.#used), this.name);
    this.#known = new Map(this.#used);
    this.#used.clear();
  }
}

/** Reads every memo from an earlier build's cache: call before using them. */
export async function loadTextMemos(cache: DerivedCache): Promise<void> {
  await Promise.all(memos.map((memo) => memo.load(cache)));
}

/** Writes every memo for the next build, each with what this build used. */
export async function saveTextMemos(cache: DerivedCache): Promise<void> {
  await Promise.all(memos.map((memo) => memo.save(cache)));
}
