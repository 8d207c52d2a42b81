import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../shared/dates';
import { documentFeedContent, documentFeedDescription } from './document-feed';

const doc = {
  number: '12/QĐ-UBND',
  type: 'Quyết định',
  issuer: ['UBND tỉnh Sơn La', 'Sở Ngoại vụ'],
  field: 'Đối ngoại',
  issued: parseVietnamDate('2025-03-01')!,
  effective: parseVietnamDate('2025-03-15')!,
  status: 'Còn hiệu lực',
  summary: 'Ban hành quy chế <đối ngoại>',
};

describe('documentFeedDescription', () => {
  it('gives the summary, then each known fact, dates as dd/mm/yyyy', () => {
    expect(documentFeedDescription(doc)).toBe(
      [
        'Ban hành quy chế <đối ngoại>',
        'Số/ký hiệu: 12/QĐ-UBND',
        'Loại văn bản: Quyết định',
        'Cơ quan ban hành: UBND tỉnh Sơn La; Sở Ngoại vụ',
        'Lĩnh vực: Đối ngoại',
        'Ngày ban hành: 01/03/2025',
        'Ngày hiệu lực: 15/03/2025',
        'Tình trạng hiệu lực: Còn hiệu lực',
      ].join('\n'),
    );
  });
});

describe('documentFeedContent', () => {
  it('escapes the text and links every attachment', () => {
    const html = documentFeedContent({ ...doc, effective: undefined, status: undefined }, [
      { url: 'https://example.vn/van-ban/a/a.pdf', title: 'Toàn văn', typeLabel: 'PDF', sizeText: '12 KB' },
    ]);
    expect(html).toBe(
      '<p>Ban hành quy chế &lt;đối ngoại&gt;</p><ul><li>Số/ký hiệu: 12/QĐ-UBND</li><li>Loại văn bản: Quyết định</li>' +
        '<li>Cơ quan ban hành: UBND tỉnh Sơn La; Sở Ngoại vụ</li><li>Lĩnh vực: Đối ngoại</li><li>Ngày ban hành: 01/03/2025</li></ul>' +
        '<p>Tệp đính kèm:</p><ul><li><a href="https://example.vn/van-ban/a/a.pdf">Toàn văn</a> (PDF, 12 KB)</li></ul>',
    );
  });
});
