import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentRefs } from './attachments';
import { albumCover } from './albums';
import { attachmentExtension, describeAttachment, formatFileSize } from './files';

describe('formatFileSize', () => {
  it('writes sizes with a Vietnamese decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(150 * 1024)).toBe('150 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});

describe('describeAttachment', () => {
  it('reads type and size from the file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'att-'));
    writeFileSync(join(dir, 'qd.PDF'), Buffer.alloc(3000));
    expect(describeAttachment(join(dir, 'qd.PDF'), 'qd.PDF')).toEqual({
      fileName: 'qd.PDF',
      typeLabel: 'PDF',
      bytes: 3000,
      sizeText: '3 KB',
    });
    writeFileSync(join(dir, 'bang.xlsx'), Buffer.alloc(2 * 1024 * 1024));
    expect(describeAttachment(join(dir, 'bang.xlsx'), 'bang.xlsx')).toMatchObject({ typeLabel: 'Excel (XLSX)', sizeText: '2,0 MB' });
    expect(attachmentExtension('bang.xlsx')).toBe('xlsx');
    expect(attachmentExtension('anh.jpg')).toBeUndefined();
  });
});

describe('attachmentRefs', () => {
  it('resolves files beside the entry and uses the title when given', () => {
    const refs = attachmentRefs('content/van-ban/qd-12.md', ['qd-12.pdf', { file: 'phu-luc.xlsx', title: 'Phụ lục' }]);
    expect(refs.map((r) => [r.file, r.title])).toEqual([
      ['qd-12.pdf', 'qd-12.pdf'],
      ['phu-luc.xlsx', 'Phụ lục'],
    ]);
    expect(refs[1]!.absolutePath.endsWith(join('content', 'van-ban', 'phu-luc.xlsx'))).toBe(true);
  });

  it("shows a file without a title under the entry's name, numbered when there are several, never the ASCII file name", () => {
    const one = attachmentRefs('content/van-ban/qd-125.md', ['quyet-dinh-ban-hanh-quy-che-qd-125-quy-che-doan-ra.pdf'], 'Quyết định 125/QĐ-UBND');
    expect(one.map((r) => [r.file, r.title])).toEqual([['quyet-dinh-ban-hanh-quy-che-qd-125-quy-che-doan-ra.pdf', 'Quyết định 125/QĐ-UBND']]);
    const several = attachmentRefs(
      'content/van-ban/qd-125.md',
      ['qd-125.pdf', { file: 'phu-luc.xlsx', title: 'Phụ lục' }, { file: 'bieu-mau.docx' }],
      'Quyết định 125/QĐ-UBND',
    );
    expect(several.map((r) => r.title)).toEqual(['Quyết định 125/QĐ-UBND, tệp 1', 'Phụ lục', 'Quyết định 125/QĐ-UBND, tệp 3']);
  });
});

describe('albumCover', () => {
  it('uses the cover, or else the first photo', () => {
    expect(albumCover({ cover: 'c.jpg', photos: [{ file: 'a.jpg' }] })).toBe('c.jpg');
    expect(albumCover({ photos: [{ file: 'a.jpg' }, { file: 'b.jpg' }] })).toBe('a.jpg');
  });
});
