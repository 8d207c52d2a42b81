import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DerivedCache, hashKey, sourceVersion } from './derived-cache';

const freshCache = () => new DerivedCache(join(mkdtempSync(join(tmpdir(), 'derived-')), 'kind'));

describe('DerivedCache', () => {
  it('gives back what was stored under a key, and nothing under another', async () => {
    const cache = freshCache();
    await cache.write(hashKey('a'), 'br', 'ABC');
    await cache.writeJson(hashKey('b'), { width: 800 });
    expect((await cache.read(hashKey('a'), 'br'))?.toString()).toBe('ABC');
    expect(await cache.readJson(hashKey('b'))).toEqual({ width: 800 });
    expect(await cache.read(hashKey('c'), 'br')).toBeUndefined();
  });

  it('stores one key written twice at once (two files with the same bytes)', async () => {
    const cache = freshCache();
    await Promise.all([cache.write(hashKey('same'), 'br', 'A'), cache.write(hashKey('same'), 'br', 'A')]);
    expect(readdirSync(cache.dir)).toEqual([`${hashKey('same')}.br`]);
  });

  it('keeps, after a build, only what that build used, and another build’s half-written file', async () => {
    const first = freshCache();
    await first.write(hashKey('old page'), 'br', 'x');
    await first.write(hashKey('kept page'), 'br', 'y');
    const second = new DerivedCache(first.dir);
    await second.read(hashKey('kept page'), 'br');
    writeFileSync(join(first.dir, 'abc.br.123.partial'), '');
    expect(second.prune()).toBe(1);
    expect(readdirSync(first.dir).sort()).toEqual([`${hashKey('kept page')}.br`, 'abc.br.123.partial']);
  });

  it('stores a whole folder, gives it back in place of the target, and prunes it like a file', async () => {
    const work = mkdtempSync(join(tmpdir(), 'derived-folder-'));
    mkdirSync(join(work, 'index', 'fragment'), { recursive: true });
    writeFileSync(join(work, 'index', 'entry.json'), '{"pages":3}');
    writeFileSync(join(work, 'index', 'fragment', 'a.pf'), 'A');
    const cache = freshCache();
    expect(await cache.copyFolderTo(hashKey('pages'), 'pagefind', join(work, 'out'))).toBe(false);
    await cache.writeFolder(hashKey('pages'), 'pagefind', join(work, 'index'));
    // Stored as links too: no bytes read or written either way.
    expect(statSync(join(cache.dir, `${hashKey('pages')}.pagefind`, 'fragment', 'a.pf')).ino).toBe(statSync(join(work, 'index', 'fragment', 'a.pf')).ino);
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'stale.pf'), 'old');
    expect(await cache.copyFolderTo(hashKey('pages'), 'pagefind', join(work, 'out'))).toBe(true);
    expect(readdirSync(join(work, 'out'), { recursive: true }).sort()).toEqual(['entry.json', 'fragment', 'fragment/a.pf']);
    expect(readFileSync(join(work, 'out', 'fragment', 'a.pf'), 'utf8')).toBe('A');
    // Linked, not copied: Pagefind's ~10,000 files at 10,000 entries cost no bytes read or written.
    expect(statSync(join(work, 'out', 'fragment', 'a.pf')).ino).toBe(statSync(join(cache.dir, `${hashKey('pages')}.pagefind`, 'fragment', 'a.pf')).ino);
    expect(new DerivedCache(cache.dir).prune()).toBe(1);
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('keys by every part, in order', () => {
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
    expect(hashKey(Buffer.from('x'))).toBe(hashKey('x'));
  });

  it('versions a result by the source of the code that makes it; an unreadable source never repeats', () => {
    expect(sourceVersion(new URL('./derived-cache.ts', import.meta.url))).toBe(sourceVersion(new URL('./derived-cache.ts', import.meta.url)));
    const missing = new URL('./no-such-file.ts', import.meta.url);
    expect(existsSync(missing)).toBe(false);
    expect(sourceVersion(missing)).not.toBe(sourceVersion(missing));
  });
});
