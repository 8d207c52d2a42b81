import { formatReport } from '../../../src/lib/checks/problem';
import type { ImportOutcome } from './importer';

const KIND_NAMES: Record<ImportOutcome['kind'], string> = {
  mirror: 'thư mục tải về (wget/HTTrack)',
  warc: 'tệp lưu trữ WARC',
  wacz: 'tệp lưu trữ WACZ',
  wxr: 'bản xuất WordPress (WXR)',
};

/** Markdown table cells may not hold `|` or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The Vietnamese report staff read after an import: what came over, where, what did not and why, what to check. */
export function formatImportReport(outcome: ImportOutcome): string {
  const lines: string[] = [
    `# Báo cáo nhập nội dung từ trang cũ${outcome.dryRun ? ' (chạy thử, chưa ghi tệp nào)' : ''}`,
    '',
    `- Nguồn: ${code(outcome.input)} — ${KIND_NAMES[outcome.kind]}`,
    `- Đã nhập: ${outcome.imported.length} trang; bỏ qua: ${outcome.skipped.length}; gộp vì trùng: ${outcome.merged.length}; ảnh/tệp thiếu trong bản lưu: ${outcome.missing.length}`,
    `- Chuyển hướng ghi vào ${code('content/cai-dat/chuyen-huong.yaml')}: ${outcome.redirects.length} địa chỉ cũ`,
    `- Thời gian: ${(outcome.milliseconds / 1000).toFixed(1)} giây`,
    outcome.dryRun
      ? '- Kiểm tra nội dung: chưa chạy (chạy thử).'
      : outcome.problems.length === 0
        ? '- Kiểm tra nội dung (`npm run check`): mọi tệp đã nhập đều hợp lệ.'
        : `- Kiểm tra nội dung (\`npm run check\`): **${outcome.problems.length} lỗi cần sửa**, xem cuối báo cáo.`,
    '',
    '## Trang đã nhập',
    '',
  ];
  if (outcome.imported.length === 0) lines.push('Không có trang nào.');
  else {
    lines.push('| Địa chỉ cũ | Tệp mới | Địa chỉ mới |', '| --- | --- | --- |');
    for (const page of outcome.imported) lines.push(`| ${cell(page.from)} | ${cell(`content/${page.file}`)} | ${cell(page.url)} |`);
  }
  lines.push('', '## Trang bỏ qua', '');
  if (outcome.skipped.length === 0) lines.push('Không có trang nào.');
  else {
    lines.push('| Địa chỉ cũ | Lý do |', '| --- | --- |');
    for (const page of outcome.skipped) lines.push(`| ${cell(page.from)} | ${cell(page.reason)} |`);
  }
  lines.push('', '## Bài trùng đã gộp', '');
  if (outcome.merged.length === 0) lines.push('Không có bài trùng.');
  else {
    lines.push('| Địa chỉ cũ | Chuyển hướng tới | Vì sao |', '| --- | --- | --- |');
    for (const page of outcome.merged) lines.push(`| ${cell(page.from)} | ${cell(page.into)} | ${cell(page.why)} |`);
  }
  lines.push('', '## Ảnh và tệp thiếu trong bản lưu', '');
  if (outcome.missing.length === 0) lines.push('Không thiếu ảnh hay tệp nào.');
  else for (const missing of outcome.missing) lines.push(`- ${missing.what}: ${missing.url} (trong trang ${missing.from})`);
  lines.push('', '## Cần xem lại', '');
  const review = outcome.imported.filter((page) => page.review.length > 0);
  if (review.length === 0) lines.push('Không có gì cần xem lại.');
  else for (const page of review) lines.push(`- ${code(`content/${page.file}`)} (từ ${page.from}):`, ...page.review.map((note) => `  - ${note}`));
  if (outcome.problems.length > 0) lines.push('', '## Lỗi kiểm tra nội dung', '', '```', formatReport(outcome.problems), '```');
  return `${lines.join('\n')}\n`;
}
