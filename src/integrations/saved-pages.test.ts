import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFiles } from '../lib/build/after-build';
import { DerivedCache } from '../lib/build/derived-cache';
import { writeSavedPages } from './saved-pages';

const SITE = new URL('https://example.vn/');
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Họp báo</title><link rel="stylesheet" href="/_astro/a.css"></head>
<body><main><h1>Họp báo</h1><a href="/tin-tuc/hop-bao/hop-bao.html" download data-save-page>Lưu</a><img src="/logo.png" alt="Biểu trưng">
<img src="/_astro/anh-01.DTlTmNVG_Z1IKoTJ.webp" alt="Hội trường"></main></body></html>`;

function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'saved-pages-'));
  mkdirSync(join(root, 'tin-tuc/hop-bao'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'tin-tuc/hop-bao/index.html'), PAGE);
  writeFileSync(join(root, '_astro/a.css'), 'body{color:#111}');
  writeFileSync(join(root, 'logo.png'), 'LOGO-1');
  writeFileSync(join(root, PHOTO), 'PHOTO-1');
  return { root, files: () => new BuildFiles(root, ['tin-tuc/hop-bao/index.html', '_astro/a.css', 'logo.png', PHOTO]) };
}

/** A photo as Astro names it: by its original's hash and the transform's. */
const PHOTO = '_astro/anh-01.DTlTmNVG_Z1IKoTJ.webp';
const COPY = 'tin-tuc/hop-bao/hop-bao.html';
const copyOf = (root: string) => readFileSync(join(root, COPY), 'utf8');
const inlined = (bytes: string, type = 'image/png') => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

describe('saved copies across builds', () => {
  it('are reused for an unchanged page as they were made, the day they were made included, without being written again', async () => {
    const site = builtSite();
    const cache = new DerivedCache(join(site.root, '.cache'));
    expect(await writeSavedPages(site.files(), SITE, new Date('2026-11-30T03:00:00Z'), cache)).toEqual({ written: 1, reused: 0 });
    expect(copyOf(site.root)).toContain('Bản lưu ngày 30/11/2026 của trang');
    const files = site.files();
    expect(await writeSavedPages(files, SITE, new Date('2026-12-03T03:00:00Z'), new DerivedCache(cache.dir))).toEqual({ written: 1, reused: 1 });
    expect(copyOf(site.root)).toContain('Bản lưu ngày 30/11/2026 của trang');
    expect(copyOf(site.root)).toContain(inlined('LOGO-1'));
    expect(copyOf(site.root)).toContain(inlined('PHOTO-1', 'image/webp'));
    expect(files.has(COPY)).toBe(true);
    // The output's copy is the cache's file, linked: no bytes read or written.
    const [stored] = readdirSync(cache.dir).filter((name) => name.endsWith('.html'));
    expect(statSync(join(site.root, COPY)).ino).toBe(statSync(join(cache.dir, stored!)).ino);
  });

  it('trust a photo named by its content, which Astro renames when it changes', async () => {
    const site = builtSite();
    const cache = new DerivedCache(join(site.root, '.cache'));
    await writeSavedPages(site.files(), SITE, new Date(), cache);
    writeFileSync(join(site.root, PHOTO), 'PHOTO-2');
    expect(await writeSavedPages(site.files(), SITE, new Date(), new DerivedCache(cache.dir))).toEqual({ written: 1, reused: 1 });
  });

  it('are made again when a picture they inline changed under the same name', async () => {
    const site = builtSite();
    const cache = new DerivedCache(join(site.root, '.cache'));
    await writeSavedPages(site.files(), SITE, new Date(), cache);
    writeFileSync(join(site.root, 'logo.png'), 'LOGO-2');
    expect(await writeSavedPages(site.files(), SITE, new Date(), new DerivedCache(cache.dir))).toEqual({ written: 1, reused: 0 });
    expect(copyOf(site.root)).toContain(inlined('LOGO-2'));
  });
});
