import { LineCounter, parseDocument } from 'yaml';
import { TextMemo } from '../build/text-memo';
import { lineOfPath } from './entry-check';
import { splitFrontMatter } from '../content/front-matter';
import type { ContentProblem } from './problem';
import { fieldName } from './zod-messages';

/**
 * The example values `npm run new` writes (scripts/lib/authoring/entry-templates.ts)
 * that staff must replace: published unchanged, they read as nonsense.
 * Values a real entry may keep (the department's name, a category) are not here.
 */
export const PLACEHOLDER_VALUES = {
  newsSummary: 'Tóm tắt ngắn nội dung bài viết.',
  albumSummary: 'Một số hình ảnh tại sự kiện.',
  videoSummary: 'Giới thiệu ngắn về video.',
  pageSummary: 'Tóm tắt ngắn nội dung trang.',
  imageAlt: 'Mô tả điều ảnh cho thấy',
  youtube: 'dQw4w9WgXcQ',
  questionAnswer: 'Trả lời ngắn gọn cho câu hỏi.',
  procedureCode: '1.000000',
  legalBasisTitle: 'Nghị định số …/…/NĐ-CP',
} as const;

/**
 * `Mô tả ảnh 3`, the album template's alt text; `01/2026/QĐ-SNgV`, the document
 * template's number; the procedure template's portal address (`ma_thu_tuc=0`).
 */
const PLACEHOLDER_PATTERNS = [/^Mô tả ảnh \d+$/, /^01\/\d{4}\/QĐ-SNgV$/, /[?&]ma_thu_tuc=0$/];

/** The example bodies of each template, by folder: `npm run new` writes them (scripts/lib/authoring/entry-templates.ts). */
export const PLACEHOLDER_BODIES: Record<string, string> = {
  'tin-tuc': 'Viết nội dung bài ở đây.',
  'van-ban': 'Ghi chú thêm về văn bản (không bắt buộc).',
  'thu-tuc-hanh-chinh': 'Ghi chú thêm cho người làm thủ tục (không bắt buộc).',
  'hoi-dap': 'Trả lời đầy đủ, khi cần giải thích thêm (không bắt buộc).',
  'lich-cong-tac': 'Ghi chú về lịch tuần (không bắt buộc), ví dụ lịch có thể thay đổi.',
  'album-anh': 'Vài dòng về sự kiện (không bắt buộc).',
  video: 'Lời thoại của video (không bắt buộc; giúp người khiếm thính và công cụ tìm kiếm).',
  'gioi-thieu': 'Viết nội dung trang ở đây.',
  'lanh-dao': 'Tiểu sử, quá trình công tác.',
  'gioi-thieu/en': 'Write the page here, in English.',
  'lanh-dao/en': 'Biography, career, in English.',
};

const PLACEHOLDER_SET = new Set<string>(Object.values(PLACEHOLDER_VALUES));
const BODY_SET = new Set(Object.values(PLACEHOLDER_BODIES));

const isPlaceholder = (value: string) => PLACEHOLDER_SET.has(value.trim()) || PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value.trim()));

function* stringLeaves(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [n, item] of value.entries()) yield* stringLeaves(item, [...path, n]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, [...path, key]);
}

/** What {@link placeholderProblems} finds in a text, worked out once per text (src/lib/build/text-memo.ts). */
const placeholderFindings = new TextMemo<Omit<ContentProblem, 'file'>[]>('placeholders', (source) => {
  const frontMatter = splitFrontMatter(source, 'markdown');
  if (!frontMatter) return [];
  const counter = new LineCounter();
  const doc = parseDocument(frontMatter.yaml, { lineCounter: counter });
  if (doc.errors.length > 0) return [];
  const problems: Omit<ContentProblem, 'file'>[] = [];
  for (const [path, value] of stringLeaves(doc.toJS())) {
    if (!isPlaceholder(value)) continue;
    const line = lineOfPath(doc, counter, path);
    problems.push({
      line: line === undefined ? undefined : line + frontMatter.firstLine - 1,
      field: fieldName(path),
      found: `"${value}" (giá trị mẫu do lệnh tạo bài viết sẵn)`,
      expected: 'thay giá trị mẫu bằng nội dung thật của bài',
    });
  }
  const lines = source.slice(frontMatter.bodyStart).split('\n');
  const bodyFirstLine = source.slice(0, frontMatter.bodyStart).split('\n').length;
  for (const [n, text] of lines.entries()) {
    if (!BODY_SET.has(text.trim())) continue;
    problems.push({
      line: bodyFirstLine + n,
      field: '(nội dung bài)',
      found: `"${text.trim()}" (câu mẫu do lệnh tạo bài viết sẵn)`,
      expected: 'thay câu mẫu bằng nội dung thật, hoặc xóa dòng đó',
    });
  }
  return problems;
});

/** Example values and example body lines of the `npm run new` template left unchanged in one entry. */
export function placeholderProblems(source: string, shown: string): ContentProblem[] {
  return placeholderFindings.of(source).map((finding) => ({ file: shown, ...finding }));
}
