import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The smallest content tree that builds: the three settings files and one article. */
export const VALID_TREE: Record<string, string> = {
  'cai-dat/site.yaml': [
    'name: Sở Ngoại vụ tỉnh Sơn La',
    'parent: Ủy ban nhân dân tỉnh Sơn La',
    'hotlines:',
    '  - label: Đường dây nóng',
    '    number: 0212 3850 384',
    'responsible: Giám đốc Sở',
    '',
  ].join('\n'),
  'cai-dat/lien-ket.yaml': 'groups:\n  - title: Trung ương\n    links:\n      - title: Chính phủ\n        url: https://chinhphu.vn/\n',
  'cai-dat/thong-ke.yaml': 'legacyTotal: 96317\nlegacySource: Bộ đếm trang cũ\n',
  'tin-tuc/hop-bao.md': article({}),
};

/** A news article's Markdown, with fields overridden (undefined removes one). */
export function article(overrides: Record<string, string | undefined>, body = 'Nội dung bài.'): string {
  const fields: Record<string, string | undefined> = {
    title: 'Họp báo đối ngoại',
    date: '2025-03-01',
    category: 'Hoạt động đối ngoại',
    summary: 'Tóm tắt.',
    author: 'Phòng Thông tin',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** A valid 1 × 1 PNG: the check decodes every image, so a stand-in photo must be a real one. */
export const TINY_IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Writes files into a fresh temporary content folder and returns its path. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
