import { describe, expect, it } from 'vitest';
import { VALID_TREE, writeTree } from '../../../tests/helpers/content-tree';
import { reviewContent } from '../checks/content-check';
import { formatProblem } from '../checks/problem';
import { checkSettings } from './check';

/** Checks the valid tree with `changes`; messages as staff read them. */
function check(changes: Record<string, string>, remove: string[] = []) {
  const files = { ...VALID_TREE, ...changes };
  for (const path of remove) delete files[path];
  const dir = writeTree(files);
  const report = checkSettings(dir, dir);
  return { ...report, errors: report.problems.map(formatProblem), warned: report.warnings.map(formatProblem), dir };
}

const site = (number: string, extra = '') => VALID_TREE['cai-dat/site.yaml']!.replace('0212 3850 384', number) + extra;
const links = (...urls: string[]) =>
  `groups:\n  - title: Trung ương\n    links:\n${urls.map((url, i) => `      - title: Trang ${i + 1}\n        url: ${url}\n`).join('')}`;

describe('checkSettings', () => {
  it('the valid tree: nothing to fix, and a summary of what the site will show', () => {
    const { errors, warned, summary } = check({});
    expect(errors).toEqual([]);
    expect(warned).toEqual([]);
    expect(summary).toEqual([
      'cai-dat/site.yaml — hotlines (mục thứ 1).number: 0212 3850 384 → tel:+842123850384',
      'cai-dat/lien-ket.yaml: 1 liên kết trong 1 nhóm',
      'Thống kê: chưa có tệp số liệu trong cai-dat/thong-ke/',
    ]);
  });

  it('a pre-2017 area code and a pre-2018 mobile prefix: converted, with a warning naming file, line and field', () => {
    const { errors, warned } = check({ 'cai-dat/site.yaml': site('022 3850 384', 'fax: 01688 123 456\n') });
    expect(errors).toEqual([]);
    expect(warned).toEqual([
      'cai-dat/site.yaml:5 — trường "hotlines (mục thứ 1).number": nhận được "022 3850 384"; cần viết "0212 3850 384": từ năm 2017 mã vùng Sơn La đổi từ 022 thành 0212 (trang đã hiện số mới).',
      'cai-dat/site.yaml:7 — trường "fax": nhận được "01688 123 456"; cần viết "0388 123 456": từ 15/09/2018 đầu số di động 0168 đổi thành 038 (trang đã hiện số mới).',
    ]);
  });

  it('a phone field is found by its mark in the schema, not its name: the reception number in an old format is warned about', () => {
    // `reception` says nothing of a phone in its name; `phoneField()` in src/schemas/settings.ts marks it.
    const { errors, warned, summary } = check({ 'cai-dat/site.yaml': site('0212 3850 384', 'reception: 022 3850 385\n') });
    expect(errors).toEqual([]);
    expect(warned).toEqual([
      'cai-dat/site.yaml:7 — trường "reception": nhận được "022 3850 385"; cần viết "0212 3850 385": từ năm 2017 mã vùng Sơn La đổi từ 022 thành 0212 (trang đã hiện số mới).',
    ]);
    expect(summary).toContain('cai-dat/site.yaml — reception: 0212 3850 385 → tel:+842123850385');
  });

  it('an invalid number is an error naming file, line, field and why', () => {
    expect(check({ 'cai-dat/site.yaml': site('0212 38S0 384') }).errors).toEqual([
      'cai-dat/site.yaml:5 — trường "hotlines (mục thứ 1).number": nhận được "0212 38S0 384"; cần một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn, +84 và phần "máy lẻ" ở cuối, ví dụ 0212 3850 384.',
    ]);
  });

  it('the same link twice is an error naming both; http is a warning; a relative address an error', () => {
    const twice = check({ 'cai-dat/lien-ket.yaml': links('https://chinhphu.vn/', 'http://mofa.gov.vn', 'https://chinhphu.vn') });
    expect(twice.errors).toEqual([
      'cai-dat/lien-ket.yaml:9 — trường "groups (mục thứ 1).links (mục thứ 3).url": nhận được "https://chinhphu.vn", trùng với groups (mục thứ 1).links (mục thứ 1).url (dòng 5); cần mỗi địa chỉ chỉ một lần trong danh sách liên kết; xóa một trong hai.',
    ]);
    expect(twice.warned).toEqual([
      'cai-dat/lien-ket.yaml:7 — trường "groups (mục thứ 1).links (mục thứ 2).url": nhận được "http://mofa.gov.vn"; cần một địa chỉ https:// (địa chỉ http vẫn được đăng; hãy thử mở bản https của trang đó và sửa nếu được).',
    ]);
    expect(check({ 'cai-dat/lien-ket.yaml': links('chinhphu.vn') }).errors).toEqual([
      'cai-dat/lien-ket.yaml:5 — trường "groups (mục thứ 1).links (mục thứ 1).url": nhận được "chinhphu.vn"; cần một địa chỉ web đầy đủ, bắt đầu bằng https://.',
    ]);
  });

  it('a missing site.yaml is an error; the other settings files may be left out', () => {
    expect(check({}, ['cai-dat/site.yaml', 'cai-dat/lien-ket.yaml', 'cai-dat/thong-ke.yaml']).errors).toEqual([
      'cai-dat/site.yaml: nhận được (không có tệp); cần tệp site.yaml ghi tên Sở, cơ quan chủ quản, đường dây nóng và người chịu trách nhiệm nội dung.',
    ]);
  });

  it('page-view files: two that cover the same day, and a file that is not CSV', () => {
    const { errors, summary } = check({
      'cai-dat/thong-ke/a.csv': 'date,path,views\n2025-03-01,/,1\n2025-03-02,/,1\n',
      'cai-dat/thong-ke/b.csv': 'date,path,views\n2025-03-03,/,1\n2025-03-02,/,1\n2025-03-01,/,1\n',
      'cai-dat/thong-ke/c.xlsx': 'x',
    });
    expect(errors).toEqual([
      'cai-dat/thong-ke/b.csv:4: nhận được ngày 2025-03-01 và 1 ngày khác đã có trong cai-dat/thong-ke/a.csv; cần mỗi ngày chỉ nằm trong một tệp (bỏ những ngày trùng ở một trong hai tệp, nếu không lượt xem bị cộng hai lần).',
      'cai-dat/thong-ke/c.xlsx — trường "(loại tệp)": nhận được "c.xlsx"; cần một tệp .csv số liệu truy cập (xem docs/thong-ke.md); tệp khác đặt ngoài thư mục này.',
    ]);
    expect(summary.at(-1)).toBe('Thống kê: số liệu đến ngày 02/03/2025, tổng 96319 lượt (gồm 96317 của bộ đếm cũ)');
  });

  it('the build’s review of the whole tree carries the settings’ errors and warnings', async () => {
    const { dir } = check({});
    const tree = writeTree({ ...VALID_TREE, 'cai-dat/site.yaml': site('04 3825 1234'), 'cai-dat/lien-ket.yaml': links('https://a.vn/', 'https://A.vn') });
    const { problems, warnings } = await reviewContent(tree, tree);
    expect(problems.map((p) => p.field)).toEqual(['groups (mục thứ 1).links (mục thứ 2).url']);
    expect(warnings.map((p) => p.found)).toEqual(['"04 3825 1234"']);
    expect((await reviewContent(dir, dir)).problems).toEqual([]);
  });

  it('chuyen-huong.yaml: a target that is no site path and a chain, each named by file, line and field', () => {
    const yaml = [
      'redirects:',
      '  - from: /gioi-thieu.html',
      '    to: https://songoaivu.sonla.gov.vn/gioi-thieu/',
      '  - from: "/index.php?option=com_content&id=7"',
      '    to: /tin-cu/',
      '  - from: /tin-cu/',
      '    to: /tin-tuc/',
      '',
    ].join('\n');
    expect(check({ 'cai-dat/chuyen-huong.yaml': yaml }).errors).toEqual([
      'cai-dat/chuyen-huong.yaml:3 — trường "redirects (mục thứ 1).to": nhận được "https://songoaivu.sonla.gov.vn/gioi-thieu/"; cần đường dẫn một trang của site, chữ thường không dấu, bắt đầu và kết thúc bằng "/", ví dụ /tin-tuc/ten-bai/.',
    ]);
    expect(check({ 'cai-dat/chuyen-huong.yaml': yaml.replace('https://songoaivu.sonla.gov.vn/gioi-thieu/', '/gioi-thieu/') }).errors).toEqual([
      'cai-dat/chuyen-huong.yaml:5 — trường "redirects (mục thứ 2).to": nhận được "/tin-cu/", là địa chỉ cũ ở dòng 6 (chuyển tiếp lần nữa tới "/tin-tuc/"); cần trang cuối cùng: ghi thẳng "/tin-tuc/".',
    ]);
  });
});
