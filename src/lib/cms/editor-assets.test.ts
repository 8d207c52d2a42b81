import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorAssets, pointBundleAtSite, START_IN_VIETNAMESE } from './editor-assets';

const packageDir = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
const bundle = readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8');

describe("Sveltia CMS's files, served from the site", () => {
  const pointed = pointBundleAtSite(bundle);
  const assets = editorAssets(packageDir);

  it('the installed bundle takes its languages and fonts from /admin/, never from a CDN', () => {
    expect(bundle).toMatch(/unpkg\.com\/@sveltia\/cms/);
    expect(pointed).not.toMatch(/`\$\{\w+\}@\$\{\w+\}\/locales`/);
    expect(pointed).not.toContain('cdn.jsdelivr.net');
    expect(pointed).toContain('`/admin/locales`');
    expect(pointed).toContain('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
  });

  it('every address the bundle is pointed at is a file copied from the package, Vietnamese among the languages', () => {
    const served = new Set(assets.map((asset) => asset.sitePath));
    for (const [path] of pointed.matchAll(/\/admin\/fonts\/[\w.-]+\.woff2/g)) expect(served).toContain(path);
    expect(served).toContain('/admin/locales/vi.json');
    for (const asset of assets) expect(existsSync(asset.source)).toBe(true);
    const vietnamese = JSON.parse(readFileSync(assets.find((a) => a.sitePath.endsWith('/vi.json'))!.source, 'utf8'));
    expect(vietnamese.work_with_local_repo).toBe('Làm việc với kho mã nguồn cục bộ');
  });

  it('refuses a bundle that loads its languages otherwise, rather than ship an English editor', () => {
    expect(() => pointBundleAtSite(bundle.replaceAll('/locales`', '/i18n`'))).toThrow(/language files 0 times/);
    expect(() => pointBundleAtSite(bundle.replaceAll('cdn.jsdelivr.net/fontsource', 'fonts.example/x'))).toThrow(/0 CDN fonts/);
  });

  it('opens in Vietnamese unless the person chose another language', () => {
    const storage = new Map<string, string>();
    const localStorage = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) };
    new Function('localStorage', START_IN_VIETNAMESE)(localStorage);
    expect(JSON.parse(storage.get('sveltia-cms.prefs')!)).toEqual({ locale: 'vi' });
    storage.set('sveltia-cms.prefs', JSON.stringify({ locale: 'en-US', theme: 'dark' }));
    new Function('localStorage', START_IN_VIETNAMESE)(localStorage);
    expect(JSON.parse(storage.get('sveltia-cms.prefs')!)).toEqual({ locale: 'en-US', theme: 'dark' });
  });
});
