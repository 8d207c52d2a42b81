import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOfflineCopy } from './offline-copy';

const page = (title: string, links: string[]) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${links.map((href) => `<a href="${href}">${href}</a>`).join('')}</body></html>`;

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offline-copy-'));
  const files: Record<string, string> = {
    'index.html': page('Trang chủ', ['/tin-tuc/', '/van-ban/']),
    'tin-tuc/index.html': page('Tin tức', ['/']),
    'van-ban/index.html': page('Văn bản', ['/tin-tuc/']),
    // The copy always ships its search index beside the search page.
    'tim-kiem/index.html': page('Tìm kiếm', ['/']),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'site', file)), { recursive: true });
    writeFileSync(join(root, 'site', file), html);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('makeOfflineCopy', () => {
  it('on a terminal, rewrites one line counting the pages it has made', async () => {
    let written = '';
    const terminal = { isTTY: true, write: (chunk: string) => (written += chunk) };
    const report = await makeOfflineCopy({ siteDir: join(root, 'site'), outDir: join(root, 'copy'), notice: 'Bản lưu thử', progressOut: terminal });
    expect(report.pages).toBe(4);
    expect(written.split('\r').map((line) => line.split(',')[0])).toEqual([
      '',
      'Bản lưu ngoại tuyến: trang 1 / 4',
      'Bản lưu ngoại tuyến: trang 2 / 4',
      'Bản lưu ngoại tuyến: trang 3 / 4',
      'Bản lưu ngoại tuyến: trang 4 / 4',
    ]);
    expect(written.endsWith('\u001b[K\n')).toBe(true);
  });
});
