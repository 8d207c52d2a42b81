import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { COLLECTIONS, SETTINGS_FOLDER, entryId, type CollectionSpec } from '../content/collections';
import { RAW_HTML_FIELD, rawHtmlFindings, type RawHtmlFinding } from '../security/body-html';
import { checkBodyLinks } from './body-links';
import { checkEntry } from './entry-check';
import { blankFrontMatter, splitFrontMatter } from '../content/front-matter';
import type { ContentProblem } from './problem';
import { checkLegalBasis } from '../procedures/check';
import { scheduledEntries, type ScheduledEntry } from '../content/scheduled';
import { todayInVietnam } from '../content/today';
import { checkWeeksUnique } from '../schedule/check';
import { checkSettings } from '../settings/check';
import { readSiteIndex } from '../routing/site-index';
import { unsafeFiles } from '../security';
import { slugify } from '../shared/slug';
import { attachmentExtension } from '../media/files';
import { duplicateDocumentNumbers, imageReview, unlistedAlbumPhotos } from './media-check';
import { placeholderProblems } from './placeholders';
import { normaliseToNfc } from './unicode';
import type { DerivedCache } from '../build/derived-cache';
import { loadTextMemos, saveTextMemos, TextMemo } from '../build/text-memo';

/** A name that is safe in a URL on every disk: lower-case ASCII, digits, `-`, `_` and dots. */
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)*$/;

function fileNameProblems(relativePath: string, displayPath: string): ContentProblem[] {
  return relativePath.split('/').flatMap((segment) => {
    if (SAFE_NAME.test(segment)) return [];
    const extension = extname(segment);
    const stem = extension ? segment.slice(0, -extension.length) : segment;
    const suggestion = `${slugify(stem)}${extension.toLowerCase()}`;
    // An attachment keeps the name staff gave it as the title citizens read (src/lib/media/attachments.ts).
    const title = attachmentExtension(segment) && stem.trim() !== slugify(stem) ? stem.normalize('NFC').trim() : undefined;
    const keepTitle = title ? `; giữ tên có dấu làm tên hiện trên trang: trong "files" ghi "- file: ${suggestion}" và "title: ${title}"` : '';
    return [
      {
        file: displayPath,
        field: '(tên tệp)',
        found: `"${segment}"`,
        expected: `đổi tên tệp thành "${suggestion}" (tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang)${keepTitle}`,
      },
    ];
  });
}

/**
 * Raw HTML in a body that would run code or frame another site
 * (src/lib/security/body-html.ts), with lines counted in the whole file.
 */
function bodyHtmlProblems(source: string, absolute: string, shown: string): ContentProblem[] {
  return bodyHtmlFindings.of(source, absolute.endsWith('.mdx') ? 'mdx' : 'md').map(({ line, found, expected }) => ({
    file: shown,
    line,
    field: RAW_HTML_FIELD,
    found,
    expected,
  }));
}

/** What {@link bodyHtmlProblems} finds in a text, as Markdown or MDX: worked out once per text (src/lib/build/text-memo.ts). */
const bodyHtmlFindings = new TextMemo<RawHtmlFinding[]>('body-html', (source, variant) => {
  const frontMatter = splitFrontMatter(source, 'markdown');
  if (!frontMatter) return [];
  return rawHtmlFindings(blankFrontMatter(source, frontMatter.bodyStart), variant === 'mdx');
});

export interface ContentReview {
  /** What stops the build. */
  problems: ContentProblem[];
  /** What the build prints and publishes anyway (an old phone format it converted, an http link). */
  warnings: ContentProblem[];
  /** Entries dated after today: valid, left out of the build until their day. */
  scheduled: ScheduledEntry[];
}

export interface ReviewOptions {
  /**
   * Where the check keeps what it worked out for the next build (src/lib/build/derived-cache.ts): the
   * photos that decoded whole, and what each text says by itself (src/lib/build/text-memo.ts).
   */
  cache?: (kind: 'image-check' | 'content-check') => DerivedCache;
}

/**
 * Checks the whole content tree: file names, front matter, schemas, files that
 * entries point at, links and images in the bodies (src/lib/checks/body-links.ts),
 * scripts, event handlers, javascript: addresses and foreign iframes in them
 * (src/lib/security/body-html.ts),
 * duplicate and reserved slugs, Markdown files that no
 * collection would read, and the settings of `cai-dat/` (src/lib/settings/check.ts).
 * Returns every problem found, not just the first.
 */
export async function reviewContent(contentDir: string, projectRoot = process.cwd(), { cache }: ReviewOptions = {}): Promise<ContentReview> {
  const texts = cache?.('content-check');
  if (texts) await loadTextMemos(texts);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const display = (absolute: string) => relative(projectRoot, absolute) || absolute;
  // Files no other check may open: symlinks (which may lead outside content/), then files too
  // large, not UTF-8 or with too many YAML aliases. Reported alone, before anything parses them.
  const unsafe = unsafeFiles(contentDir, display);
  if (unsafe.length > 0) return { problems: unsafe, warnings: [], scheduled: [] };
  const read = new Set<string>();
  // Before anything reads the text: decomposed Vietnamese is rewritten as composed (NFC).
  for (const relativePath of await glob('**/*.{md,mdx,yaml,yml}', { cwd: contentDir, onlyFiles: true })) {
    const absolute = join(contentDir, relativePath);
    const warning = normaliseToNfc(absolute, display(absolute));
    if (warning) warnings.push(warning);
  }
  const today = todayInVietnam();
  const siteIndex = readSiteIndex(contentDir, today);

  for (const spec of Object.values(COLLECTIONS) as CollectionSpec[]) {
    const base = join(contentDir, spec.folder);
    if (!existsSync(base) || !statSync(base).isDirectory()) continue;
    const files = await glob(spec.pattern, { cwd: base, onlyFiles: true });
    const owners = new Map<string, string[]>();
    if (spec === COLLECTIONS.schedule) {
      problems.push(...checkWeeksUnique(files.sort().map((path) => ({ absolute: join(base, path), shown: display(join(base, path)) }))));
    }
    const documents: { absolute: string; shown: string }[] = [];
    for (const relativePath of files.sort()) {
      const absolute = join(base, relativePath);
      read.add(absolute);
      const shown = display(absolute);
      // The settings check reads these files itself, with rules a schema cannot express.
      const entryProblems = spec.folder !== SETTINGS_FOLDER ? checkEntry(spec, absolute, shown, contentDir) : [];
      problems.push(...entryProblems);
      // After a YAML error the fields are unknown: checking links against them would only add false errors.
      const unreadable = entryProblems.some((problem) => problem.field === undefined);
      if (spec.kind === 'markdown' && !unreadable) {
        const source = readFileSync(absolute, 'utf8');
        problems.push(...checkBodyLinks(source, posix.join(spec.folder, relativePath), shown, siteIndex));
        problems.push(...bodyHtmlProblems(source, absolute, shown));
        problems.push(...placeholderProblems(source, shown));
        if (spec.folder === 'van-ban') documents.push({ absolute, shown });
      }
      if (spec === COLLECTIONS.procedures) problems.push(...checkLegalBasis(absolute, shown, siteIndex));
      const id = entryId(relativePath);
      owners.set(id, [...(owners.get(id) ?? []), shown]);
      if (spec.reserved?.includes(id)) {
        problems.push({
          file: shown,
          field: '(tên tệp)',
          found: `"${id}"`,
          expected: `một tên khác: "${id}" đã là địa chỉ của một trang cố định trong /${spec.folder}/`,
        });
      }
    }
    problems.push(...duplicateDocumentNumbers(documents));
    for (const [id, paths] of owners) {
      if (spec.kind !== 'markdown' || paths.length < 2) continue;
      for (const path of paths) {
        problems.push({
          file: path,
          field: '(tên tệp)',
          found: `slug "${id}" trùng với ${paths.filter((p) => p !== path).join(', ')}`,
          expected: 'mỗi bài một tên tệp riêng (slug là tên tệp, không tính thư mục năm)',
        });
      }
    }
  }

  const settings = checkSettings(contentDir, projectRoot);
  problems.push(...settings.problems);
  warnings.push(...settings.warnings);

  const everyFile = (await glob('**/*', { cwd: contentDir, onlyFiles: true })).sort();
  const imageCache = cache?.('image-check');
  const images = await imageReview(contentDir, everyFile, display, imageCache);
  imageCache?.prune();
  problems.push(...images.problems);
  warnings.push(...images.warnings, ...unlistedAlbumPhotos(contentDir, everyFile, COLLECTIONS.albums.folder, display));
  for (const relativePath of everyFile) {
    if (relativePath === 'README.md') continue;
    problems.push(...fileNameProblems(relativePath, display(join(contentDir, relativePath))));
  }
  for (const relativePath of everyFile.filter((path) => /\.(mdx?|ya?ml)$/i.test(path))) {
    const absolute = join(contentDir, relativePath);
    if (read.has(absolute) || relativePath === 'README.md') continue;
    problems.push({
      file: display(absolute),
      field: '(vị trí tệp)',
      found: 'tệp không thuộc mục nội dung nào nên sẽ không được xuất bản',
      expected:
        'đặt tệp vào đúng thư mục: gioi-thieu/, lanh-dao/ (bản tiếng Anh: gioi-thieu/en/, lanh-dao/en/), tin-tuc/, van-ban/, thu-tuc-hanh-chinh/, hoi-dap/, lich-cong-tac/, video/, album-anh/<tên-album>/index.md, hoặc cai-dat/ (site.yaml, lien-ket.yaml, thong-ke.yaml)',
    });
  }
  const scheduled = scheduledEntries(contentDir, today, display);
  if (texts) {
    await saveTextMemos(texts);
    texts.prune();
  }
  return { problems, warnings, scheduled };
}

/** The problems alone: what would stop a build. */
export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<ContentProblem[]> {
  return (await reviewContent(contentDir, projectRoot)).problems;
}
