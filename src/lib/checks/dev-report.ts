import type { ContentProblem } from './problem';
import { formatProblem } from './problem';
import { escapeHtml } from '../shared/html';

/**
 * The page `npm run dev` shows instead of the site while the content has
 * problems: the same Vietnamese report as `npm run check`, one item a problem,
 * reloading itself every few seconds until the content is valid (the preview
 * then comes back without restarting the server).
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
<p>Mỗi dòng dưới đây ghi tệp và số dòng, trường, điều nhận được và điều cần sửa. Sửa rồi lưu tệp: trang này tự kiểm tra lại sau vài giây và hiện trang xem trước khi nội dung đã hợp lệ.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>`;
}
