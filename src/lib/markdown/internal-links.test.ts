import { describe, expect, it } from 'vitest';
import { localImageExists, resolveLink } from './internal-links';
import { buildSiteIndex } from '../routing/urls';

const index = buildSiteIndex(
  [
    { collection: 'documents', relativePath: 'qd-12.md', year: 2024, attachments: ['qd-12.pdf'] },
    { collection: 'news', relativePath: '2025/hop-bao.md' },
  ],
  ['van-ban/qd-12.md', 'van-ban/qd-12.pdf', 'van-ban/nhap.docx', 'tin-tuc/2025/hop-bao.md', 'tin-tuc/2025/anh.jpg'],
);
const from = 'tin-tuc/2025/hop-bao.md';

describe('resolveLink', () => {
  it('leaves other sites, e-mail, phone and same-page anchors alone', () => {
    for (const href of ['https://mofa.gov.vn/', 'http://x.vn', 'mailto:a@sonla.gov.vn', 'tel:+842123850384', '#phan-2', '//cdn.example/x']) {
      expect(resolveLink(href, from, index)).toEqual({ kind: 'external' });
    }
  });

  it('turns a relative .md link into the page URL, keeping the #part', () => {
    expect(resolveLink('../../van-ban/qd-12.md', from, index)).toEqual({ kind: 'internal', url: '/van-ban/qd-12/' });
    expect(resolveLink('../../van-ban/qd-12.md#dieu-2', from, index)).toEqual({ kind: 'internal', url: '/van-ban/qd-12/#dieu-2' });
    expect(resolveLink('./hop-bao.md', from, index)).toEqual({ kind: 'internal', url: '/tin-tuc/hop-bao/' });
  });

  it('turns a relative link to a declared attachment into its URL', () => {
    expect(resolveLink('./qd-12.pdf', 'van-ban/qd-12.md', index)).toEqual({ kind: 'internal', url: '/van-ban/qd-12/qd-12.pdf' });
  });

  it('accepts site paths that exist, adding the trailing slash', () => {
    expect(resolveLink('/van-ban/qd-12/', from, index)).toEqual({ kind: 'internal', url: '/van-ban/qd-12/' });
    expect(resolveLink('/van-ban/nam/2024', from, index)).toEqual({ kind: 'internal', url: '/van-ban/nam/2024/' });
    expect(resolveLink('/tin-tuc/?trang=2', from, index)).toEqual({ kind: 'internal', url: '/tin-tuc/?trang=2' });
  });

  it('reports a site path that no page has', () => {
    expect(resolveLink('/van-ban/qd-99/', from, index)).toEqual({
      kind: 'broken',
      expected: 'địa chỉ một trang có trên trang web, ví dụ /van-ban/<tên-tệp-văn-bản>/ (tên tệp không có .md); không có trang nào ở địa chỉ này',
    });
  });

  it('reports a relative link to a missing file, naming the path it looked for', () => {
    expect(resolveLink('../../van-ban/qd-99.md', from, index)).toEqual({
      kind: 'broken',
      expected: 'đường dẫn tới một tệp có thật trong thư mục content/: không tìm thấy van-ban/qd-99.md',
    });
    expect(resolveLink('../../../ngoai.md', from, index).kind).toBe('broken');
  });

  it('reports a relative link to a file that exists but is not published', () => {
    const result = resolveLink('../../van-ban/nhap.docx', from, index);
    expect(result.kind).toBe('broken');
    expect(result.kind === 'broken' && result.expected).toMatch(/^liên kết tới tệp được xuất bản: van-ban\/nhap\.docx có nhưng/);
  });
});

describe('localImageExists', () => {
  it('finds images beside the file; leaves site paths and other hosts to the build', () => {
    expect(localImageExists('./anh.jpg', from, index)).toBe(true);
    expect(localImageExists('anh.jpg', from, index)).toBe(true);
    expect(localImageExists('./khong-co.jpg', from, index)).toBe(false);
    expect(localImageExists('https://example.com/a.jpg', from, index)).toBe(true);
  });
});
