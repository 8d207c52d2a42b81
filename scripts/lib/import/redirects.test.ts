import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldPath } from './captures';
import { mergeRedirects } from './redirects';

describe('mergeRedirects', () => {
  it('appends new old addresses below what staff wrote, keeping their comments and their targets', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'redirects-')), 'chuyen-huong.yaml');
    writeFileSync(file, '# Ghi chú của biên tập viên\nredirects:\n  - from: /a.html\n    to: /tin-tuc/a/\n');
    const merged = mergeRedirects(file, [
      { from: '/a.html', to: '/tin-tuc/khac/' },
      { from: '/index.php?option=com_content&id=12', to: '/tin-tuc/b/' },
      { from: '/tin-tuc/c/', to: '/tin-tuc/c/' },
    ]);
    expect(merged).toEqual({
      added: 1,
      text: '# Ghi chú của biên tập viên\nredirects:\n  - from: /a.html\n    to: /tin-tuc/a/\n  - from: /index.php?option=com_content&id=12\n    to: /tin-tuc/b/\n',
    });
  });

  it('writes old addresses without the characters nginx reads as syntax', () => {
    expect(oldPath("http://old.invalid/Tin tuc/a.aspx?q='x';$y")).toBe('/Tin%20tuc/a.aspx?q=%27x%27%3B%24y');
  });
});
