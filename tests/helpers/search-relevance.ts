/**
 * The relevance table: realistic queries over the generated test corpus, each
 * with a rule naming the pages that should come first, and precision at 3.
 * Shared by tests/site/search-relevance.test.ts and `npm run bench:relevance`.
 *
 * A page is relevant when its title (for a document: type, number and
 * summary) holds the phrase as whole words side by side, marks and đ folded;
 * or, for a document number, when it is that document. The rule is written
 * down, not a list of slugs, so the table keeps its meaning when the
 * generator's wording changes; a row whose rule matches no page fails the test.
 */
import { foldVietnamese } from '../../src/lib/shared/slug';
import { corpusEntries } from './corpus';

export interface RelevanceRow {
  query: string;
  /** Relevant: pages whose title holds this phrase (folded, whole words, in order). */
  phrase?: string;
  /** Relevant: the document with this number. */
  number?: string;
  /** Relevant: these pages. */
  pages?: string[];
}

const HISTORY = '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/';

/** At least 40 queries: Lao provinces, loosely typed document numbers, common words, with and without marks. */
export const RELEVANCE_TABLE: RelevanceRow[] = [
  // Lao partner provinces, as typed with and without marks.
  { query: 'Hủa Phăn', phrase: 'hủa phăn' },
  { query: 'hua phan', phrase: 'hủa phăn' },
  { query: 'Luông Pha Bang', phrase: 'luông pha bang' },
  { query: 'luong pha bang', phrase: 'luông pha bang' },
  { query: 'U Đôm Xay', phrase: 'u đôm xay' },
  { query: 'u dom xay', phrase: 'u đôm xay' },
  { query: 'luong pha bang', phrase: 'luông pha bang' },
  { query: 'Viêng Chăn', phrase: 'viêng chăn' },
  { query: 'vieng chan', phrase: 'viêng chăn' },
  { query: 'xay nha bu ly', phrase: 'xay nhạ bu ly' },
  { query: 'luong nam tha', phrase: 'luông nậm thà' },
  // Document numbers, typed as printed, in lower case, without đ, with spaces.
  { query: '61/QĐ-SNgV', number: '61/QĐ-SNgV' },
  { query: '61/qd-sngv', number: '61/QĐ-SNgV' },
  { query: '23/2023/QĐ-UBND', number: '23/2023/QĐ-UBND' },
  { query: '23/2023/qd-ubnd', number: '23/2023/QĐ-UBND' },
  { query: '135/2026/nd-cp', number: '135/2026/NĐ-CP' },
  { query: 'nghi dinh 135/2026', number: '135/2026/NĐ-CP' },
  { query: '39-CT/TU', number: '39-CT/TU' },
  { query: '09/2016/QH14', number: '09/2016/QH14' },
  { query: 'bao cao 79', number: '79/BC-SNgV' },
  { query: '02/2015/ttlt-bng-bnv', number: '02/2015/TTLT-BNG-BNV' },
  // Common two- and three-syllable words and short phrases.
  { query: 'hợp tác', phrase: 'hợp tác' },
  { query: 'hop tac', phrase: 'hợp tác' },
  { query: 'biên giới', phrase: 'biên giới' },
  { query: 'bien gioi', phrase: 'biên giới' },
  { query: 'đối ngoại', phrase: 'đối ngoại' },
  { query: 'doi ngoai nhan dan', phrase: 'đối ngoại nhân dân' },
  { query: 'viện trợ', phrase: 'viện trợ' },
  { query: 'vien tro', phrase: 'viện trợ' },
  { query: 'dau tu', phrase: 'đầu tư' },
  { query: 'thông báo', phrase: 'thông báo' },
  { query: 'tuyen dung', phrase: 'tuyển dụng' },
  { query: 'hội nghị', phrase: 'hội nghị' },
  { query: 'cua khau', phrase: 'cửa khẩu' },
  { query: 'luu hoc sinh', phrase: 'lưu học sinh' },
  { query: 'nguoi viet nam o nuoc ngoai', phrase: 'người việt nam ở nước ngoài' },
  { query: 'biên bản ghi nhớ', phrase: 'biên bản ghi nhớ' },
  { query: 'tong ket', phrase: 'tổng kết' },
  { query: 'chu quyen bien gioi', phrase: 'chủ quyền biên giới' },
  { query: 'dinh duong tre em', phrase: 'dinh dưỡng trẻ em' },
  { query: 'Tết Bun Pi Mày', phrase: 'bun pi mày' },
  { query: 'van ho', phrase: 'vân hồ' },
  { query: 'tiep xa giao dai su', phrase: 'tiếp xã giao đại sứ' },
  { query: 'quy che', phrase: 'quy chế' },
  { query: 'ky ket', phrase: 'ký kết' },
  { query: 'thông tin đối ngoại', phrase: 'thông tin đối ngoại' },
  { query: 'giao ban cong tac bien gioi', phrase: 'giao ban công tác biên giới' },
  { query: 'doan ra doan vao', phrase: 'đoàn ra đoàn vào' },
  { query: 'kieu bao', phrase: 'kiều bào' },
  { query: 'tiep cong dan', phrase: 'tiếp công dân' },
  // The real pages every corpus carries.
  { query: 'duong day nong', pages: ['/lien-he/'] },
  { query: 'qua trinh xay dung va phat trien', pages: [HISTORY] },
  { query: 'Cầm Văn Phương', pages: ['/gioi-thieu/lanh-dao/cam-van-phuong/'] },
];

/** A page of the corpus as the table judges it. */
export interface JudgedPage {
  url: string;
  /** Folded words of its title (documents: type, number and summary). */
  words: string[];
  number?: string;
}

/** Folded, lowercased words: "Hủa Phăn –" → ["hua", "phan"]. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function holdsPhrase(words: string[], phrase: string[]): boolean {
  return words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));
}

/** Every page of the generated test corpus the table can name. */
export async function judgedPages(root?: string): Promise<JudgedPage[]> {
  const pages: JudgedPage[] = [];
  const add = (url: string, title: string, number?: string) => pages.push({ url, words: foldedWords(title), number });
  for (const e of await corpusEntries('tin-tuc', undefined, root)) add(`/tin-tuc/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('album-anh', '*/index.md', root)) add(`/album-anh/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('video', '*.md', root)) add(`/video/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('gioi-thieu', '*.md', root)) add(`/gioi-thieu/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('thu-tuc-hanh-chinh', '*.md', root)) add(`/thu-tuc-hanh-chinh/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('hoi-dap', '*.md', root)) add(`/hoi-dap/${e.slug}/`, String(e.front.title));
  for (const e of await corpusEntries('van-ban', '*.md', root)) {
    add(`/van-ban/${e.slug}/`, `${e.front.type} ${e.front.number} ${e.front.summary}`, String(e.front.number));
  }
  return pages;
}

/** The pages that should come first for a row. */
export function relevantPages(row: RelevanceRow, pages: JudgedPage[]): string[] {
  if (row.pages) return row.pages;
  if (row.number) return pages.filter((page) => page.number === row.number).map((page) => page.url);
  const phrase = foldedWords(row.phrase ?? row.query);
  return pages.filter((page) => holdsPhrase(page.words, phrase)).map((page) => page.url);
}

/** Share of the first three results that are relevant, out of as many as could be (1 relevant page → top 1 counts). */
export function precisionAt3(found: string[], relevant: string[]): number {
  const possible = Math.min(3, relevant.length);
  if (possible === 0) return 0;
  return found.slice(0, 3).filter((url) => relevant.includes(url)).length / possible;
}

export interface RowScore {
  query: string;
  precision: number;
  found: string[];
  relevant: string[];
}

/** Runs every row through `search` (URLs in rank order) and scores it. */
export async function scoreTable(
  search: (query: string) => Promise<string[]>,
  options: { table?: RelevanceRow[]; root?: string } = {},
): Promise<{ mean: number; rows: RowScore[] }> {
  const pages = await judgedPages(options.root);
  const table = options.table ?? RELEVANCE_TABLE;
  const rows: RowScore[] = [];
  for (const row of table) {
    const relevant = relevantPages(row, pages);
    const found = await search(row.query);
    rows.push({ query: row.query, precision: precisionAt3(found, relevant), found: found.slice(0, 3), relevant });
  }
  // A row whose pages the corpus lacks (another corpus than the test one) is left out of the mean.
  const judged = rows.filter((row) => row.relevant.length > 0);
  const mean = judged.reduce((sum, row) => sum + row.precision, 0) / Math.max(1, judged.length);
  return { mean, rows: judged };
}
