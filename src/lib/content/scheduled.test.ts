import { afterEach, describe, expect, it, vi } from 'vitest';
import { VALID_TREE, article, writeTree } from '../../../tests/helpers/content-tree';
import { reviewContent } from '../checks/content-check';
import { formatProblem } from '../checks/problem';
import { formatScheduled, scheduledEntries } from './scheduled';

const question = (date: string) => `---\nquestion: Thẻ APEC có thời hạn bao lâu?\ntopic: Thẻ APEC\nanswer: Năm năm.\ndate: ${date}\n---\n`;

describe('scheduled entries', () => {
  afterEach(() => vi.unstubAllEnvs());

  const tree = () =>
    writeTree({
      ...VALID_TREE,
      'tin-tuc/sap-dang.md': article({ date: '2026-12-05' }),
      'hoi-dap/the-apec.md': question('2026-12-03'),
      'hoi-dap/da-dang.md': question('2026-12-02'),
    });

  it('lists entries dated after today, soonest first, and says when each appears', () => {
    const dir = tree();
    const waiting = scheduledEntries(dir, '2026-12-02', (path) => path.slice(dir.length + 1));
    expect(waiting).toEqual([
      { file: 'hoi-dap/the-apec.md', day: '2026-12-03' },
      { file: 'tin-tuc/sap-dang.md', day: '2026-12-05' },
    ]);
    expect(formatScheduled(waiting)).toBe(
      [
        '2 bài hẹn ngày đăng, chưa hiện trên trang:',
        '  ⏲ hoi-dap/the-apec.md: lên trang ngày 03/12/2026 (bản dựng hằng ngày đầu tiên của ngày đó)',
        '  ⏲ tin-tuc/sap-dang.md: lên trang ngày 05/12/2026 (bản dựng hằng ngày đầu tiên của ngày đó)',
      ].join('\n'),
    );
  });

  it('the check reports them (today from SITE_TODAY), and a link to one as not yet on the site', async () => {
    vi.stubEnv('SITE_TODAY', '2026-12-02');
    const dir = writeTree({
      ...VALID_TREE,
      'tin-tuc/sap-dang.md': article({ date: '2026-12-05' }),
      'tin-tuc/da-dang.md': article({ date: '2026-12-01' }, 'Xem [bài sắp đăng](/tin-tuc/sap-dang/).'),
    });
    const review = await reviewContent(dir, dir);
    expect(review.scheduled).toEqual([{ file: 'tin-tuc/sap-dang.md', day: '2026-12-05' }]);
    expect(review.problems.map(formatProblem)).toEqual([
      'tin-tuc/da-dang.md:9 — trường "(liên kết)": nhận được "/tin-tuc/sap-dang/"; cần địa chỉ một trang có trên trang web, ví dụ /van-ban/<tên-tệp-văn-bản>/ (tên tệp không có .md); không có trang nào ở địa chỉ này.',
    ]);
    vi.stubEnv('SITE_TODAY', '2026-12-05');
    expect((await reviewContent(dir, dir)).problems).toEqual([]);
  });
});
