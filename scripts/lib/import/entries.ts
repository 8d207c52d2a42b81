import { NEWS_CATEGORIES } from '../../../src/schemas/news';
import { slugify } from '../../../src/lib/shared/slug';
import type { ImportConfig } from './config';
import { documentStatusOf, documentTypeOf } from './document-facts';
import type { Article } from './extract';
import type { Rendered } from './render';

type Category = (typeof NEWS_CATEGORIES)[number];

/** Words in an old category's name → the new site's category. The first that matches wins. */
const CATEGORY_WORDS: [RegExp, Category][] = [
  [/nguoi-viet|kieu-bao|viet-kieu/, 'Người Việt Nam ở nước ngoài'],
  [/bien-gioi|lanh-tho|cam-moc/, 'Biên giới lãnh thổ'],
  [/thong-tin-doi-ngoai/, 'Thông tin đối ngoại'],
  [/hop-tac|quoc-te|ngo|phi-chinh-phu|dau-tu/, 'Hợp tác quốc tế'],
  [/doi-ngoai|ngoai-giao|lao/, 'Hoạt động đối ngoại'],
  [/thong-bao/, 'Thông báo'],
  [/hoat-dong|tin-tuc|su-kien/, 'Hoạt động của Sở'],
];

export function newsCategoryOf(old: string | undefined, config: ImportConfig): { category: Category; guessed: boolean } {
  if (old) {
    const configured = Object.entries(config.categories).find(([name]) => slugify(name) === slugify(old))?.[1];
    if (configured) return { category: configured, guessed: false };
    const exact = NEWS_CATEGORIES.find((category) => slugify(category) === slugify(old));
    if (exact) return { category: exact, guessed: false };
    const byWords = CATEGORY_WORDS.find(([pattern]) => pattern.test(slugify(old)))?.[1];
    if (byWords) return { category: byWords, guessed: true };
  }
  return { category: config.defaults.category, guessed: true };
}

/** A slug no longer than ~80 characters, cut between words. */
export function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= 80) return slug;
  return slug.slice(0, 81).replace(/-[^-]*$/, '');
}

/** The slug an article would get, before clashes are resolved. */
export function slugOf(article: Article): string {
  if (article.kind === 'document' && article.document?.number) {
    return shortSlug(`${documentTypeOf(article.document.type, article.document.number) ?? ''} ${article.document.number}`);
  }
  return shortSlug(article.title) || 'bai-viet';
}

/**
 * Why an article cannot become an entry, known before its body is converted:
 * the fields its schema requires that no page or default can give.
 */
export function missingRequired(article: Article): string | undefined {
  if (article.kind === 'news' && !article.date) return 'không đọc được ngày đăng (thêm bộ chọn "date" cho loại trang này trong tệp cấu hình)';
  if (article.kind === 'album' && !article.date) return 'album không có ngày (thêm bộ chọn "date" trong tệp cấu hình)';
  if (article.kind === 'document' && !article.document?.number) return 'trang văn bản không có số/ký hiệu';
  if (article.kind === 'document' && !article.document?.issued && !article.date) return `văn bản ${article.document?.number} không có ngày ban hành`;
  return undefined;
}

export type FrontMatter = Record<string, unknown>;

/**
 * The front matter of the new entry, in the shape its schema (src/schemas/)
 * wants, or the reason it cannot be made. Fields the page did not give are
 * filled from the config's defaults and listed for review.
 */
export function frontMatterOf(
  article: Article,
  rendered: Rendered,
  config: ImportConfig,
  order: number,
): { data: FrontMatter; review: string[] } | { skipped: string } {
  const review: string[] = [];
  const summary = article.summary ?? article.title;
  if (!article.summary) review.push('không thấy tóm tắt: đã dùng tiêu đề, hãy viết tóm tắt');
  const author = article.author ?? config.defaults.author;
  if (article.title === article.title.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(article.title))
    review.push('tiêu đề viết hoa toàn bộ như trang cũ: hãy viết lại theo kiểu câu');
  if (article.kind === 'news') {
    if (!article.date) return { skipped: 'không đọc được ngày đăng (thêm bộ chọn "date" cho loại trang này trong tệp cấu hình)' };
    if (!article.author) review.push(`không thấy tác giả: đã ghi "${config.defaults.author}"`);
    const { category, guessed } = newsCategoryOf(article.category, config);
    if (guessed) review.push(`chuyên mục "${category}" được đoán${article.category ? ` từ chuyên mục cũ "${article.category}"` : ''}: hãy kiểm tra`);
    return { data: { title: article.title, date: article.date, category, summary, author, ...(article.source ? { source: article.source } : {}) }, review };
  }
  if (article.kind === 'album') {
    if (!article.date) return { skipped: 'album không có ngày (thêm bộ chọn "date" trong tệp cấu hình)' };
    if (rendered.pictures.length === 0) return { skipped: 'album không còn ảnh nào trong bản lưu' };
    const photos = rendered.pictures.map(({ name, alt, caption }) => ({ file: name, alt, ...(caption && caption !== alt ? { caption } : {}) }));
    return { data: { title: article.title, date: article.date, summary, photos }, review };
  }
  if (article.kind === 'about') {
    return {
      data: { title: article.title, summary, order, ...(article.author ? { author: article.author } : {}), ...(article.date ? { updated: article.date } : {}) },
      review,
    };
  }
  const facts = article.document ?? {};
  if (!facts.number) return { skipped: 'trang văn bản không có số/ký hiệu' };
  const issued = facts.issued ?? article.date;
  if (!issued) return { skipped: `văn bản ${facts.number} không có ngày ban hành` };
  if (!facts.issued) review.push('ngày ban hành lấy theo ngày đăng trên trang cũ: hãy kiểm tra');
  const type = documentTypeOf(facts.type, facts.number);
  if (!type) review.push(`không rõ loại văn bản${facts.type ? ` ("${facts.type}")` : ''}: đã ghi "Văn bản khác"`);
  if (!facts.issuer) review.push(`không thấy cơ quan ban hành: đã ghi "${config.defaults.issuer}"`);
  if (!facts.field) review.push(`không thấy lĩnh vực: đã ghi "${config.defaults.field}"`);
  const status = documentStatusOf(facts.status);
  const effective = facts.effective && facts.effective >= issued ? facts.effective : undefined;
  if (rendered.attachments.length === 0) review.push('văn bản không có tệp đính kèm trong bản lưu');
  return {
    data: {
      number: facts.number,
      type: type ?? 'Văn bản khác',
      issuer: facts.issuer ? facts.issuer.split(/\s*[-–;]\s*(?=[A-ZĐÀ-Ỹ])/u).filter(Boolean) : config.defaults.issuer,
      field: facts.field ?? config.defaults.field,
      ...(facts.signer ? { signer: facts.signer } : {}),
      issued,
      ...(effective ? { effective } : {}),
      ...(status ? { status } : {}),
      summary: facts.summary ?? summary,
      files: rendered.attachments.map(({ name, title }) => ({ file: name, title })),
    },
    review,
  };
}
