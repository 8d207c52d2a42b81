import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliCompressSync } from 'node:zlib';
import { DerivedCache } from '../build/derived-cache';
import { isCompressible, precompressFiles } from './compress';

describe('precompressed copies', () => {
  it('text files of the build get them; pictures, video and Pagefind index files do not', () => {
    expect(
      ['a/index.html', 'x.css', 'x.js', 'feed.xml', 'logo.svg', 'lich.ics', 'pagefind/pagefind-entry.json', 'site.webmanifest'].every(isCompressible),
    ).toBe(true);
    expect(['a.avif', 'clip.mp4', 'pagefind/index/en_1.pf_index', 'doc.pdf', 'index.html.br', '_headers'].some(isCompressible)).toBe(false);
  });

  it('writes .br and .gz that decompress to the file, only when smaller', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    const page = join(dir, 'index.html');
    const tiny = join(dir, 'tiny.txt');
    const text = '<!doctype html><html lang="vi"><title>Tin tức</title><p>Sở Ngoại vụ tỉnh Sơn La</p></html>\n'.repeat(40);
    writeFileSync(page, text);
    writeFileSync(tiny, 'a');
    const [result] = await precompressFiles([page]);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe(text);
    expect(result!.br!).toBeLessThan(result!.gz!);
    expect(result!.gz!).toBeLessThan(Buffer.byteLength(text) / 10);
    await precompressFiles([tiny]);
    expect([existsSync(`${tiny}.br`), existsSync(`${tiny}.gz`)]).toEqual([false, false]);
  });

  it('reuses the copies an earlier build made of the same bytes, and compresses changed bytes anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    const cache = new DerivedCache(join(dir, 'cache'));
    const page = join(dir, 'index.html');
    const before = '<p>Tin tức cũ của Sở Ngoại vụ</p>\n'.repeat(50);
    writeFileSync(page, before);
    await precompressFiles([page], { cache });
    const [cachedBr] = readdirSync(cache.dir).filter((name) => name.endsWith('.br'));
    // What the cache holds is what the next build publishes for the same bytes.
    const stored = brotliCompressSync(Buffer.from(before));
    writeFileSync(join(cache.dir, cachedBr!), stored);
    await precompressFiles([page], { cache: new DerivedCache(cache.dir) });
    expect(readFileSync(`${page}.br`)).toEqual(stored);
    // Linked, not copied: no bytes read or written for an unchanged page.
    expect(statSync(`${page}.br`).ino).toBe(statSync(join(cache.dir, cachedBr!)).ino);
    const after = '<p>Tin tức mới của Sở Ngoại vụ</p>\n'.repeat(50);
    writeFileSync(page, after);
    await precompressFiles([page], { cache: new DerivedCache(cache.dir) });
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(after);
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe(after);
    // The new copies did not write through the link into what the cache keeps for the old bytes.
    expect(readFileSync(join(cache.dir, cachedBr!))).toEqual(stored);
  });
});
