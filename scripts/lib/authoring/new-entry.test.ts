import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/checks/content-check';
import { formatProblem } from '../../../src/lib/checks/problem';
import { TINY_IMAGE, VALID_TREE, writeTree } from '../../../tests/helpers/content-tree';
import { createEntry } from './new-entry';

const TITLE = 'Đoàn công tác tỉnh Sơn La thăm tỉnh Bò Kẹo';
const today = '2025-03-01';

/** Source files staff pass after the title: real pictures, since the check decodes every image. */
function sources(): Record<string, string> {
  const dir = writeTree({ 'Ảnh 1.JPG': TINY_IMAGE, 'anh-2.png': TINY_IMAGE, 'Quyết định 12.pdf': 'x', 'chan-dung.jpg': TINY_IMAGE });
  return Object.fromEntries(['Ảnh 1.JPG', 'anh-2.png', 'Quyết định 12.pdf', 'chan-dung.jpg'].map((n) => [n, join(dir, n)]));
}

describe('npm run new: the created entry passes the check but for the examples staff must replace', () => {
  const src = sources();
  const cases: [string, string[], string, string[]][] = [
    ['tin-tuc', [], 'tin-tuc/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    ['tin-tuc', [src['Ảnh 1.JPG']!], 'tin-tuc/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', ['tin-tuc/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-anh-1.jpg']],
    [
      'van-ban',
      [src['Quyết định 12.pdf']!],
      'van-ban/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md',
      ['van-ban/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-quyet-dinh-12.pdf'],
    ],
    [
      'album-anh',
      [src['Ảnh 1.JPG']!, src['anh-2.png']!],
      'album-anh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo/index.md',
      ['album-anh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo/anh-1.jpg', 'album-anh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo/anh-2.png'],
    ],
    ['video', [src['anh-2.png']!], 'video/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', ['video/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-anh-2.png']],
    [
      'thu-tuc-hanh-chinh',
      [src['Quyết định 12.pdf']!],
      'thu-tuc-hanh-chinh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md',
      ['thu-tuc-hanh-chinh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-quyet-dinh-12.pdf'],
    ],
    ['thu-tuc-hanh-chinh', [], 'thu-tuc-hanh-chinh/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    ['hoi-dap', [], 'hoi-dap/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    ['lich-cong-tac', [], 'lich-cong-tac/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    ['gioi-thieu', [], 'gioi-thieu/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    [
      'lanh-dao',
      [src['chan-dung.jpg']!],
      'lanh-dao/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md',
      ['lanh-dao/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-chan-dung.jpg'],
    ],
    ['gioi-thieu/en', [], 'gioi-thieu/en/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md', []],
    [
      'lanh-dao/en',
      [src['chan-dung.jpg']!],
      'lanh-dao/en/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo.md',
      ['lanh-dao/en/doan-cong-tac-tinh-son-la-tham-tinh-bo-keo-chan-dung.jpg'],
    ],
  ];
  it.each(cases)('%s with %j', async (folder, files, expectedEntry, expectedCopies) => {
    const contentDir = writeTree(VALID_TREE);
    const { entryPath, copied } = createEntry({ contentDir, folder, title: TITLE, files, today });
    expect(relative(contentDir, entryPath)).toBe(expectedEntry);
    expect(copied.map((path) => relative(contentDir, path))).toEqual(expectedCopies);
    // Nothing but the example values and sentences staff must replace (tests/staff-mistakes.test.ts) is refused.
    const problems = (await checkContent(contentDir, contentDir)).map(formatProblem);
    expect(problems.filter((problem) => !/\((giá trị|câu) mẫu do lệnh tạo bài viết sẵn\)/.test(problem))).toEqual([]);
    const text = readFileSync(entryPath, 'utf8');
    // A leader has no date field; a week's schedule starts on the Monday before today.
    if (folder === 'lich-cong-tac') expect(text).toContain('week: 2025-02-24\n');
    else if (!folder.startsWith('lanh-dao')) expect(text).toContain(today);
    expect(text).toMatch(/^---\n# /);
  });

  it('gives each attachment the name staff gave its file as its title; the copied file name stays ASCII', () => {
    const dir = writeTree({ 'Quy chế đoàn ra.pdf': 'x', 'qd-01.pdf': 'x' });
    const contentDir = writeTree(VALID_TREE);
    const files = [join(dir, 'Quy chế đoàn ra.pdf'), join(dir, 'qd-01.pdf')];
    const { entryPath } = createEntry({ contentDir, folder: 'van-ban', title: 'Quy chế đoàn ra', files, today });
    expect(readFileSync(entryPath, 'utf8')).toContain(
      'files:\n  - file: quy-che-doan-ra-quy-che-doan-ra.pdf\n    title: "Quy chế đoàn ra"\n  - quy-che-doan-ra-qd-01.pdf\n',
    );
    const procedure = createEntry({ contentDir, folder: 'thu-tuc-hanh-chinh', title: 'Hội nghị quốc tế', files: [join(dir, 'Quy chế đoàn ra.pdf')], today });
    expect(readFileSync(procedure.entryPath, 'utf8')).toContain('forms:\n  - file: hoi-nghi-quoc-te-quy-che-doan-ra.pdf\n    title: "Quy chế đoàn ra"\n');
  });

  it('fills the news template with the title, today and a valid category', () => {
    const contentDir = writeTree(VALID_TREE);
    const { entryPath } = createEntry({ contentDir, folder: 'tin-tuc', title: 'Họp báo: "quý I"', files: [], today });
    const text = readFileSync(entryPath, 'utf8');
    expect(text).toContain('title: "Họp báo: \\"quý I\\""\n');
    expect(text).toContain('date: 2025-03-01\n');
    expect(text).toContain('category: Hoạt động đối ngoại\n');
  });
});

describe('npm run new: refusals in Vietnamese', () => {
  const contentDir = writeTree(VALID_TREE);
  const create =
    (folder: string, title: string, files: string[] = []) =>
    () =>
      createEntry({ contentDir, folder, title, files, today });

  it('an existing slug, suggesting -2 (and -3 when -2 is taken)', () => {
    expect(create('tin-tuc', 'Họp báo')).toThrow(
      'Đã có bài mang tên "hop-bao" trong tin-tuc/. Mỗi bài cần một tên riêng: chạy lại với tiêu đề khác, hoặc thêm " 2" vào cuối tiêu đề để có tên "hop-bao-2" (rồi sửa lại tiêu đề trong tệp).',
    );
    writeFileSync(join(contentDir, 'tin-tuc', 'hop-bao-2.md'), VALID_TREE['tin-tuc/hop-bao.md']!);
    expect(create('tin-tuc', 'Họp báo')).toThrow('"hop-bao-3"');
  });

  it('an unknown collection, listing the known ones', () => {
    expect(create('tin', 'Họp báo')).toThrow(
      'Không có mục "tin". Chọn một trong: tin-tuc, van-ban, thu-tuc-hanh-chinh, hoi-dap, lich-cong-tac, album-anh, video, gioi-thieu, lanh-dao, gioi-thieu/en, lanh-dao/en.',
    );
  });

  it('an album without photos', () => {
    expect(create('album-anh', 'Hội nghị')).toThrow(
      'Mục album-anh cần kèm ít nhất một ảnh (JPEG, PNG, WebP, AVIF), ví dụ: npm run new -- album-anh "Hội nghị" anh-1.jpg',
    );
  });

  it('a title with no letters', () => {
    expect(create('tin-tuc', '!!!')).toThrow('Tiêu đề cần có chữ hoặc số');
  });
});

describe('npm run new: English pages', () => {
  it('names the English file after the Vietnamese page, so the two are paired, and marks it as English', () => {
    const contentDir = writeTree({
      ...VALID_TREE,
      'gioi-thieu/chuc-nang-nhiem-vu.md': '---\ntitle: Chức năng, nhiệm vụ\nsummary: Tóm tắt.\norder: 1\n---\n\nNội dung.\n',
    });
    const { entryPath } = createEntry({ contentDir, folder: 'gioi-thieu/en', title: 'Chức năng, nhiệm vụ', files: [], today });
    expect(relative(contentDir, entryPath)).toBe('gioi-thieu/en/chuc-nang-nhiem-vu.md');
    expect(readFileSync(entryPath, 'utf8')).toMatch(/^---\n# Bản tiếng Anh \(trang \/en\/…\)/);
  });
});
