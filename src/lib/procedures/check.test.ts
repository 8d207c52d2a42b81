import { describe, expect, it } from 'vitest';
import { VALID_TREE, writeTree } from '../../../tests/helpers/content-tree';
import { checkContent } from '../checks/content-check';
import { formatProblem } from '../checks/problem';

const DOCUMENT =
  '---\nnumber: 02/2015/TTLT-BNG-BNV\ntype: Thông tư liên tịch\nissuer: Bộ Ngoại giao\nfield: Tổ chức bộ máy\nissued: 2015-06-28\nsummary: Hướng dẫn.\n---\n';

function procedure(overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    title: 'Cho phép tổ chức hội nghị quốc tế',
    code: '"1.005432"',
    portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1',
    field: 'Hội nghị, hội thảo quốc tế',
    level: 'Cấp tỉnh',
    date: '2025-03-01',
    processingTime: '05 ngày làm việc',
    fees: 'Không',
    applicants: 'Cơ quan, tổ chức',
    steps: '\n  - Nộp hồ sơ.',
    requirements: '\n  - Văn bản đề nghị.',
    legalBasis: '\n  - title: Thông tư liên tịch 02/2015/TTLT-BNG-BNV\n    document: ttlt-02-2015',
    ...overrides,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
}

async function messagesFor(files: Record<string, string>) {
  const dir = writeTree({ ...VALID_TREE, 'van-ban/ttlt-02-2015.md': DOCUMENT, ...files });
  return (await checkContent(dir, dir)).map(formatProblem);
}

describe('content check of procedures', () => {
  it('accepts a procedure whose legal basis is a document of the site', async () => {
    expect(await messagesFor({ 'thu-tuc-hanh-chinh/hoi-nghi.md': procedure() })).toEqual([]);
  });

  it('names a legal basis that points at no document of the site', async () => {
    const text = procedure({ legalBasis: '\n  - title: Nghị định 80\n    document: nd-80-2020' });
    expect(await messagesFor({ 'thu-tuc-hanh-chinh/hoi-nghi.md': text })).toEqual([
      'thu-tuc-hanh-chinh/hoi-nghi.md:17 — trường "legalBasis (mục thứ 1).document": nhận được "nd-80-2020"; cần tên tệp của một văn bản có trên trang (content/van-ban/nd-80-2020.md không có); bỏ trường này nếu trang chưa đăng văn bản đó.',
    ]);
  });

  it('explains a wrong portal code, a link to another site than the national portal, and no steps', async () => {
    const text = procedure({ code: '"12345"', portalUrl: 'https://example.com/thu-tuc', steps: '[]' });
    expect(await messagesFor({ 'thu-tuc-hanh-chinh/hoi-nghi.md': text })).toEqual([
      'thu-tuc-hanh-chinh/hoi-nghi.md:3 — trường "code": nhận được "12345"; cần mã thủ tục trên Cổng Dịch vụ công quốc gia, dạng 1.005432.',
      'thu-tuc-hanh-chinh/hoi-nghi.md:4 — trường "portalUrl": nhận được "https://example.com/thu-tuc"; cần địa chỉ trang của thủ tục trên Cổng Dịch vụ công quốc gia, bắt đầu bằng https://dichvucong.gov.vn/.',
      'thu-tuc-hanh-chinh/hoi-nghi.md:11 — trường "steps": nhận được []; cần danh sách có ít nhất 1 mục.',
    ]);
  });
});
