/** One thing wrong in the content, worded for the staff member who must fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project: `content/tin-tuc/hop-bao.md`. */
  file: string;
  /** Line in that file, when known. */
  line?: number;
  /** The field: `date`, `photos[2].alt`; `(tên tệp)` for a file name problem. */
  field?: string;
  /** What was found, already quoted for display. */
  found?: string;
  /** What is expected instead. */
  expected: string;
}

/** `content/tin-tuc/a.md:4 — trường "date": nhận được "2025-02-31"; cần …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` — trường "${problem.field}"` : '';
  const found = problem.found !== undefined ? `: nhận được ${problem.found}` : '';
  return `${where}${field}${found}; cần ${problem.expected}.`;
}

/** The whole report, as a build prints it before stopping. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${formatProblem(p)}`);
  return [`Nội dung có ${problems.length} lỗi, cần sửa trước khi xuất bản:`, ...lines].join('\n');
}

/** The warnings, as a build prints them before going on. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  const lines = warnings.map((p) => `  ⚠ ${formatProblem(p)}`);
  return [`Nội dung có ${warnings.length} cảnh báo (trang vẫn được dựng, nên sửa):`, ...lines].join('\n');
}

/** How a value from the front matter is quoted in a message. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
