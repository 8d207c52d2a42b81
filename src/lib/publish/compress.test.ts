import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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
});
