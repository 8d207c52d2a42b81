import { describe, expect, it } from 'vitest';
import { VALID_TREE, writeTree } from '../../../tests/helpers/content-tree';
import { checkContent } from '../checks/content-check';
import { formatProblem } from '../checks/problem';

const week = (monday: string, event = `  - date: ${monday}\n    start: "08:00"\n    title: Giao ban\n    place: Sở\n    chair: Giám đốc Sở`) =>
  `---\nweek: ${monday}\nevents:\n${event}\n---\n`;

async function messagesFor(files: Record<string, string>) {
  const dir = writeTree({ ...VALID_TREE, ...files });
  return (await checkContent(dir, dir)).map(formatProblem);
}

describe('content check of the work schedule', () => {
  it('accepts a week', async () => {
    expect(await messagesFor({ 'lich-cong-tac/2026-tuan-49.md': week('2026-11-30') })).toEqual([]);
  });

  it('asks for the Monday, a day inside the week, a real time and an end after the start', async () => {
    const events = [
      '  - date: 2026-12-08\n    start: "8h"\n    title: A\n    place: Sở\n    chair: Giám đốc Sở',
      '  - date: 2026-12-01\n    start: "14:00"\n    end: "13:00"\n    title: B\n    place: Sở\n    chair: Giám đốc Sở',
    ].join('\n');
    expect(await messagesFor({ 'lich-cong-tac/tuan.md': week('2026-12-01', events) })).toEqual([
      'lich-cong-tac/tuan.md:2 — trường "week": nhận được "2026-12-01"; cần ngày thứ Hai đầu tuần, viết YYYY-MM-DD.',
      'lich-cong-tac/tuan.md:5 — trường "events (mục thứ 1).start": nhận được "8h"; cần giờ dạng HH:mm theo 24 giờ, ví dụ 08:00 hoặc 14:30.',
      'lich-cong-tac/tuan.md:11 — trường "events (mục thứ 2).end": nhận được "13:00"; cần giờ kết thúc muộn hơn giờ bắt đầu (và có giờ bắt đầu).',
    ]);
  });

  it('names an event outside its week', async () => {
    const event = '  - date: 2026-12-07\n    title: A\n    place: Sở\n    chair: Giám đốc Sở';
    expect(await messagesFor({ 'lich-cong-tac/tuan.md': week('2026-11-30', event) })).toEqual([
      'lich-cong-tac/tuan.md:4 — trường "events (mục thứ 1).date": nhận được "2026-12-07"; cần một ngày trong tuần này (từ thứ Hai 2026-11-30 đến Chủ nhật).',
    ]);
  });

  it('refuses two files for one week', async () => {
    expect(await messagesFor({ 'lich-cong-tac/a.md': week('2026-11-30'), 'lich-cong-tac/b.md': week('2026-11-30') })).toEqual([
      'lich-cong-tac/a.md — trường "week": nhận được "2026-11-30", trùng với lich-cong-tac/b.md; cần mỗi tuần một tệp lịch công tác: gộp các hoạt động vào một tệp.',
      'lich-cong-tac/b.md — trường "week": nhận được "2026-11-30", trùng với lich-cong-tac/a.md; cần mỗi tuần một tệp lịch công tác: gộp các hoạt động vào một tệp.',
    ]);
  });
});
