import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFiles } from '../lib/build/after-build';
import { DerivedCache } from '../lib/build/derived-cache';
import { writeSavedPages } from './saved-pages';

const SITE = new URL('https://example.vn/');
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Họp báo</title><link rel="stylesheet" href="/_astro/a.css"></head>
<body><main><h1>Họp báo</h1><a href="/tin-tuc/hop-bao/hop-bao.html" download data-save-page>Lưu</a><img src="/logo.png" alt="Biểu trưng"></main></body></html>`;

function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'saved-pages-'));
  mkdirSync(join(root, 'tin-tuc/hop-bao'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'tin-tuc/hop-bao/index.html'), PAGE);
  writeFileSync(join(root, '_astro/a.css'), 'body{color:#111}');
  writeFileSync(join(root, 'logo.png'), 'LOGO-1');
  return { root, files: () => new BuildFiles(root, ['tin-tuc/hop-bao/index.html', '_astro/a.css', 'logo.png']) };
}

const copyOf = (root: string) => readFileSync(join(root, 'tin-tuc/hop-bao/hop-bao.html'), 'utf8');

describe('saved copies across builds', () => {
  it('are reused for an unchanged page, with the day of the new build', async () => {
    const site = builtSite();
    const cache = new DerivedCache(join(site.root, '.cache'));
    expect(await writeSavedPages(site.files(), SITE, new Date('2026-11-30T03:00:00Z'), cache)).toEqual({ written: 1, reused: 0 });
    expect(copyOf(site.root)).toContain('Bản lưu ngày 30/11/2026 của trang');
    expect(await writeSavedPages(site.files(), SITE, new Date('2026-12-03T03:00:00Z'), new DerivedCache(cache.dir))).toEqual({ written: 1, reused: 1 });
    expect(copyOf(site.root)).toContain('Bản lưu ngày 03/12/2026 của trang');
    expect(copyOf(site.root)).toContain(`data:image/png;base64,${Buffer.from('LOGO-1').toString('base64')}`);
  });

  it('are made again when a picture they inline changed under the same name', async () => {
    const site = builtSite();
    const cache = new DerivedCache(join(site.root, '.cache'));
    await writeSavedPages(site.files(), SITE, new Date(), cache);
    writeFileSync(join(site.root, 'logo.png'), 'LOGO-2');
    expect(await writeSavedPages(site.files(), SITE, new Date(), new DerivedCache(cache.dir))).toEqual({ written: 1, reused: 0 });
    expect(copyOf(site.root)).toContain(`data:image/png;base64,${Buffer.from('LOGO-2').toString('base64')}`);
  });
});
