/**
 * What `npm run new` does (scripts/new-entry.ts): picks the file of a new
 * entry from its title, refuses a slug that is taken, copies the files given
 * beside it, and writes the template of scripts/lib/authoring/entry-templates.ts.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, entryId, type CollectionSpec } from '../../../src/lib/content/collections';
import { slugify } from '../../../src/lib/shared/slug';
import { entryText, TEMPLATES } from './entry-templates';

/** A refusal, worded for staff. */
export class NewEntryError extends Error {}

export interface NewEntryRequest {
  contentDir: string;
  /**
   * Collection folder: `tin-tuc`, `van-ban`, `thu-tuc-hanh-chinh`, `hoi-dap`, `lich-cong-tac`, `album-anh`, `video`, `gioi-thieu`, `lanh-dao`, or an
   * English one, `gioi-thieu/en`, `lanh-dao/en`: there the title of the Vietnamese page (or its file
   * name) gives the file the Vietnamese page's name, which pairs the two.
   */
  folder: string;
  title: string;
  /** Files to copy beside the entry: photos, a poster, a portrait, attachments. */
  files: readonly string[];
  /** Today in Vietnam, `yyyy-mm-dd`. */
  today: string;
}

/** What each collection does with the files given after the title. */
const FILE_RULES: Record<string, { min: number; max: number; extensions: RegExp; what: string }> = {
  'tin-tuc': { min: 0, max: 1, extensions: /\.(jpe?g|png|webp|avif)$/i, what: 'một ảnh bìa (JPEG, PNG, WebP, AVIF)' },
  'van-ban': { min: 0, max: 20, extensions: /\.(pdf|docx?|xlsx?|odt|ods)$/i, what: 'tệp đính kèm PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS' },
  'thu-tuc-hanh-chinh': { min: 0, max: 10, extensions: /\.(pdf|docx?|xlsx?|odt|ods)$/i, what: 'mẫu đơn, tờ khai PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS' },
  'hoi-dap': { min: 0, max: 0, extensions: /$^/, what: 'không tệp nào' },
  'lich-cong-tac': { min: 0, max: 0, extensions: /$^/, what: 'không tệp nào' },
  'album-anh': { min: 1, max: 500, extensions: /\.(jpe?g|png|webp|avif)$/i, what: 'ít nhất một ảnh (JPEG, PNG, WebP, AVIF)' },
  video: { min: 1, max: 1, extensions: /\.(jpe?g|png|webp|avif)$/i, what: 'đúng một ảnh hiện trước khi phát video (JPEG, PNG, WebP, AVIF)' },
  'gioi-thieu': { min: 0, max: 0, extensions: /$^/, what: 'không tệp nào' },
  'lanh-dao': { min: 0, max: 1, extensions: /\.(jpe?g|png)$/i, what: 'một ảnh chân dung (JPEG, PNG)' },
  'gioi-thieu/en': { min: 0, max: 0, extensions: /$^/, what: 'không tệp nào' },
  'lanh-dao/en': { min: 0, max: 1, extensions: /\.(jpe?g|png)$/i, what: 'một ảnh chân dung (JPEG, PNG)' },
};

function specOf(folder: string): CollectionSpec {
  const spec = (Object.values(COLLECTIONS) as CollectionSpec[]).find((s) => s.folder === folder);
  if (!spec || !TEMPLATES[folder]) {
    throw new NewEntryError(`Không có mục "${folder}". Chọn một trong: ${Object.keys(TEMPLATES).join(', ')}.`);
  }
  return spec;
}

/** The entries' slugs already used in a collection. */
function takenSlugs(base: string, spec: CollectionSpec): Set<string> {
  const files = existsSync(base) ? globSync(spec.pattern, { cwd: base, onlyFiles: true }) : [];
  const folders = spec.folder === 'album-anh' && existsSync(base) ? globSync('*', { cwd: base, onlyDirectories: true }) : [];
  return new Set([...files.map(entryId), ...folders.map((f) => f.replace(/\/$/, '')), ...(spec.reserved ?? [])]);
}

/** The name a copied file gets: ASCII, and prefixed by the slug when it sits among other entries' files. */
function copiedName(file: string, slug: string, inOwnFolder: boolean): string {
  const extension = extname(file).toLowerCase().replace('.jpeg', '.jpg');
  const stem = slugify(basename(file, extname(file))) || 'tep';
  return inOwnFolder ? `${stem}${extension}` : `${slug}-${stem}${extension}`;
}

/**
 * The name staff gave a file, as the title citizens see (`Quy chế đoàn ra.pdf` → `Quy chế đoàn ra`);
 * nothing when it is already an ASCII slug (`qd-01.pdf`), which reads as no title.
 */
export function titleFromFileName(file: string): string | undefined {
  const stem = basename(file, extname(file))
    .normalize('NFC')
    .replace(/[_\s]+/g, ' ')
    .trim();
  return stem && slugify(stem) !== stem ? stem : undefined;
}

export interface NewEntryResult {
  /** The Markdown file written. */
  entryPath: string;
  /** The files copied beside it. */
  copied: string[];
}

/** Creates the entry; throws NewEntryError with a Vietnamese message when it must not. */
export function createEntry({ contentDir, folder, title, files, today }: NewEntryRequest): NewEntryResult {
  const spec = specOf(folder);
  const slug = slugify(title);
  if (!slug) throw new NewEntryError('Tiêu đề cần có chữ hoặc số, ví dụ: npm run new -- tin-tuc "Họp báo quý I"');
  const base = join(contentDir, folder);
  const taken = takenSlugs(base, spec);
  if (taken.has(slug)) {
    let n = 2;
    while (taken.has(`${slug}-${n}`)) n++;
    throw new NewEntryError(
      `Đã có bài mang tên "${slug}" trong ${folder}/. Mỗi bài cần một tên riêng: chạy lại với tiêu đề khác, hoặc thêm " ${n}" vào cuối tiêu đề để có tên "${slug}-${n}" (rồi sửa lại tiêu đề trong tệp).`,
    );
  }
  const rule = FILE_RULES[folder]!;
  const wrong = files.find((file) => !rule.extensions.test(file) || !existsSync(file));
  if (files.length < rule.min || files.length > rule.max || wrong) {
    const detail = wrong ? ` (không dùng được "${wrong}": không có tệp này hoặc sai loại tệp)` : '';
    throw new NewEntryError(
      `Mục ${folder} cần kèm ${rule.what}${detail}, ví dụ: npm run new -- ${folder} "${title}" ${folder === 'van-ban' ? 'qd-01.pdf' : folder === 'thu-tuc-hanh-chinh' ? 'mau-don.pdf' : 'anh-1.jpg'}`,
    );
  }
  const inOwnFolder = folder === 'album-anh';
  const entryPath = inOwnFolder ? join(base, slug, 'index.md') : join(base, `${slug}.md`);
  const names = files.map((file) => copiedName(file, slug, inOwnFolder));
  const clash = names.find((name, i) => names.indexOf(name) !== i || existsSync(join(dirname(entryPath), name)));
  if (clash) throw new NewEntryError(`Tệp "${clash}" đã có (hoặc trùng tên) trong ${folder}/; đổi tên tệp rồi chạy lại.`);
  const order = (spec.folder === 'album-anh' ? 0 : takenSlugs(base, { ...spec, reserved: [] }).size) + 1;
  mkdirSync(dirname(entryPath), { recursive: true });
  files.forEach((file, i) => copyFileSync(file, join(dirname(entryPath), names[i]!)));
  const fileTitles = files.map(titleFromFileName);
  writeFileSync(entryPath, entryText(folder, { title, today, order, files: names, fileTitles }), { flag: 'wx' });
  return { entryPath, copied: names.map((name) => join(dirname(entryPath), name)) };
}
