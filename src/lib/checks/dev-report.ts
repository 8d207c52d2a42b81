import type { ContentProblem } from './problem';
import { formatProblem } from './problem';
import { escapeHtml } from '../shared/html';

/**
 * The page `npm run dev` shows instead of the site while the content has
 * problems: the same Vietnamese report as `npm run check`, one item a problem,
 * reloading itself every few seconds until the content is valid.
 */
export function devReportPage(problems: readonly ContentProblem[]): string {
  const items = problems.map((problem) => `<li>${escapeHtml(formatProblem(problem))}</li>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>Nội dung cần sửa (${problems.length} lỗi)</title>
<style>
body { font: 1.0625rem/1.6 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1a1a1a; }
h1 { color: #a4161a; font-size: 1.5rem; }
li { margin-block: 0.75rem; padding: 0.75rem 1rem; background: #fff4f4; border-left: 4px solid #a4161a; overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>Nội dung có ${problems.length} lỗi, cần sửa trước khi xem trước</h1>
<p>Sửa từng lỗi dưới đây (tên tệp:dòng — trường: điều nhận được; điều cần có), lưu tệp. Khi cửa sổ lệnh báo &quot;Nội dung đã hợp lệ&quot;, dừng (Ctrl+C) rồi chạy lại <code>npm run dev</code> để xem trang.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>`;
}
