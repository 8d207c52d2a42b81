import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, entryId, type CollectionName } from '../../../src/lib/content/collections';
import { reviewContent } from '../../../src/lib/checks/content-check';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';
import { entryUrl } from '../../../src/lib/routing/urls';
import { slugify } from '../../../src/lib/shared/slug';
import type { ContentProblem } from '../../../src/lib/checks/problem';
import { FolderNames } from './assets';
import { captureKey, findCapture, oldPath, type SavedSite } from './captures';
import { readImportConfig } from './config';
import { frontMatterOf, missingRequired, slugOf } from './entries';
import type { Article, ArticleKind } from './extract';
import { readPages, type PageReading } from './pages';
import { readMirror } from './read-mirror';
import { readWacz, readWarc } from './read-warc';
import { readWxr } from './read-wxr';
import { REDIRECTS_FILE, mergeRedirects, type Redirect } from './redirects';
import { renderBody } from './render';

export interface ImportOptions {
  /** A mirror folder, a .warc/.warc.gz, a .wacz, or a WordPress .xml. */
  input: string;
  /** The content tree to write into. */
  outDir: string;
  config?: string;
  dryRun?: boolean;
}

export interface ImportedPage {
  from: string;
  file: string;
  url: string;
  review: string[];
}

export interface ImportOutcome {
  input: string;
  kind: SavedSite['kind'];
  dryRun: boolean;
  imported: ImportedPage[];
  skipped: { from: string; reason: string }[];
  merged: { from: string; into: string; why: string }[];
  missing: { from: string; url: string; what: string }[];
  redirects: Redirect[];
  /** What `npm run check` says about the written files. */
  problems: ContentProblem[];
  /** Files written (or that would be), content-relative. */
  files: string[];
  milliseconds: number;
}

const COLLECTION_OF: Record<ArticleKind, CollectionName> = { news: 'news', document: 'documents', album: 'albums', about: 'about' };
const fold = (text: string) => slugify(text);

export async function readSavedSite(input: string): Promise<SavedSite> {
  if (!existsSync(input))
    throw new Error(`Không tìm thấy "${input}": cần một thư mục tải về (wget/HTTrack), tệp .warc, .warc.gz, .wacz hoặc .xml (WordPress).`);
  if (readdirSafe(input)) return readMirror(input);
  if (/\.wacz$/i.test(input)) return readWacz(input);
  if (/\.warc(\.gz)?$/i.test(input)) return readWarc(input);
  if (/\.xml$/i.test(input)) return readWxr(input);
  throw new Error(`Không biết đọc "${input}": cần một thư mục, tệp .warc, .warc.gz, .wacz hoặc .xml (WordPress).`);
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Titles (numbers for documents) of what the content tree already holds, folded → new address. */
function existingEntries(outDir: string, collection: CollectionName): { ids: Set<string>; byTitle: Map<string, string>; files: string[] } {
  const spec = COLLECTIONS[collection];
  const base = join(outDir, spec.folder);
  const files = existsSync(base) ? globSync(spec.pattern, { cwd: base, onlyFiles: true }) : [];
  const ids = new Set<string>();
  const byTitle = new Map<string, string>();
  for (const file of files) {
    const id = entryId(file);
    ids.add(id);
    const yaml = splitFrontMatter(readFileSync(join(base, file), 'utf8'), 'markdown')?.yaml ?? '';
    const title = /^(?:title|number):\s*["']?(.+?)["']?\s*$/m.exec(yaml)?.[1];
    if (title) byTitle.set(fold(title), entryUrl(collection, id)!);
  }
  return { ids, byTitle, files };
}

/** Keys under which two readings are the same article: its folded title and day, and its text. */
function sameArticleKeys(article: Article): string[] {
  const text = fold(article.body.textContent ?? '');
  return [`${article.kind}:${fold(article.title)}:${article.date ?? ''}`, ...(text.length > 200 ? [`text:${text}`] : [])];
}

/** Friendly addresses first (`/tin-tuc/a-12.html` before `?option=com_content&id=12`), so they name the kept page. */
const preference = (page: PageReading) => [/[?=]/.test(page.address) ? 1 : 0, page.address.length] as const;

export async function importSite(options: ImportOptions): Promise<ImportOutcome> {
  const started = performance.now();
  const config = readImportConfig(options.config);
  const site = await readSavedSite(options.input);
  for (const host of config.hosts) site.hosts.add(host.toLowerCase());
  const isOldSite = (url: string) => {
    const host = new URL(url).host.toLowerCase().replace(/^www\./, '');
    return [...site.hosts].some((known) => known.replace(/^www\./, '') === host);
  };
  const outcome: ImportOutcome = {
    input: options.input,
    kind: site.kind,
    dryRun: Boolean(options.dryRun),
    imported: [],
    skipped: [],
    merged: [],
    missing: [],
    redirects: [],
    problems: [],
    files: [],
    milliseconds: 0,
  };

  const readings = readPages(site, config).sort((a, b) => {
    const [qa, la] = preference(a);
    const [qb, lb] = preference(b);
    return qa - qb || la - lb || a.address.localeCompare(b.address);
  });
  for (const reading of readings) {
    const missing = reading.article && missingRequired(reading.article);
    if (missing) {
      reading.skipped = missing;
      reading.article = undefined;
    }
    if (reading.skipped) outcome.skipped.push({ from: reading.address, reason: reading.skipped });
  }

  // One plan per article: merged duplicates point at the page they duplicate.
  interface Plan {
    reading: PageReading;
    article: Article;
    collection: CollectionName;
    slug: string;
    url: string;
    file: string;
    folder: string;
  }
  const plans: Plan[] = [];
  const byKey = new Map<string, Plan>();
  const addressOf = new Map<string, string>();
  const existing = new Map<CollectionName, ReturnType<typeof existingEntries>>();
  const taken = (collection: CollectionName) => {
    if (!existing.has(collection)) existing.set(collection, existingEntries(options.outDir, collection));
    return existing.get(collection)!;
  };
  const aboutOrders = { next: taken('about').files.length + 1 };

  for (const reading of readings) {
    const article = reading.article;
    if (!article) continue;
    const collection = COLLECTION_OF[article.kind];
    const present = taken(collection);
    const keys = sameArticleKeys(article);
    const duplicate = keys.map((key) => byKey.get(key)).find(Boolean);
    const titleKey = fold(article.kind === 'document' ? (article.document?.number ?? article.title) : article.title);
    const already = present.byTitle.get(titleKey);
    if (duplicate || already) {
      const into = duplicate?.url ?? already!;
      outcome.merged.push({
        from: reading.address,
        into,
        why: duplicate ? 'trùng bài đã nhập (cùng tiêu đề và ngày, hoặc cùng nội dung)' : 'bài đã có trên trang mới',
      });
      addressOf.set(captureKey(reading.url), into);
      outcome.redirects.push({ from: reading.address, to: into });
      continue;
    }
    let slug = slugOf(article);
    for (let n = 2; present.ids.has(slug); n++) slug = `${slugOf(article)}-${n}`;
    present.ids.add(slug);
    const folder =
      article.kind === 'news'
        ? posix.join('tin-tuc', (article.date ?? '').slice(0, 4) || 'khong-ro-nam')
        : article.kind === 'album'
          ? posix.join('album-anh', slug)
          : COLLECTIONS[collection].folder;
    const file = posix.join(folder, article.kind === 'album' ? 'index.md' : `${slug}.md`);
    const plan: Plan = { reading, article, collection, slug, url: entryUrl(collection, slug)!, file, folder };
    plans.push(plan);
    for (const key of keys) byKey.set(key, plan);
    addressOf.set(captureKey(reading.url), plan.url);
  }
  // Addresses that redirected to an imported page on the old site redirect to its new page too.
  for (const [from, target] of site.redirects) {
    const to = addressOf.get(captureKey(target));
    if (to) outcome.redirects.push({ from: oldPath(new URL(from, 'http://old.invalid').href), to });
  }

  const folderNames = new Map<string, FolderNames>();
  const namesIn = (folder: string) => {
    if (!folderNames.has(folder))
      folderNames.set(folder, new FolderNames(existsSync(join(options.outDir, folder)) ? readdirSync(join(options.outDir, folder)) : []));
    return folderNames.get(folder)!;
  };
  const writes: { path: string; bytes: Buffer | string }[] = [];
  for (const plan of plans) {
    const { article, reading } = plan;
    const rendered = renderBody(
      {
        article,
        names: namesIn(plan.folder),
        stem: article.kind === 'album' ? 'anh' : plan.slug,
        find: (url) => findCapture(site, url),
        newAddressOf: (url) => addressOf.get(captureKey(url)),
        isOldSite,
      },
      { keepAttachments: article.kind === 'document', picturesInBody: article.kind !== 'album' },
    );
    const order = article.kind === 'about' ? aboutOrders.next++ : 0;
    const front = frontMatterOf(article, rendered, config, order);
    if ('skipped' in front) {
      outcome.skipped.push({ from: reading.address, reason: front.skipped });
      continue;
    }
    for (const missing of rendered.missing) outcome.missing.push({ from: reading.address, url: missing.url, what: missing.what });
    const comment = `# Nhập từ trang cũ: ${reading.url}\n`;
    const source = `---\n${comment}${stringify(front.data, { lineWidth: 0 })}---\n\n${rendered.markdown}\n`;
    writes.push({ path: plan.file, bytes: source });
    for (const picture of rendered.pictures) writes.push({ path: posix.join(plan.folder, picture.name), bytes: picture.bytes });
    for (const attachment of rendered.attachments) writes.push({ path: posix.join(plan.folder, attachment.name), bytes: attachment.bytes });
    outcome.imported.push({ from: reading.address, file: plan.file, url: plan.url, review: [...article.notes, ...front.review, ...rendered.notes] });
    outcome.redirects.push({ from: reading.address, to: plan.url });
  }

  outcome.redirects = [...new Map(outcome.redirects.map((redirect) => [redirect.from, redirect])).values()];
  const redirectsPath = join(options.outDir, REDIRECTS_FILE);
  const redirects = mergeRedirects(redirectsPath, outcome.redirects);
  if (redirects.added > 0 || !existsSync(redirectsPath)) writes.push({ path: REDIRECTS_FILE, bytes: redirects.text });
  outcome.files = writes.map((write) => write.path);

  if (!options.dryRun) {
    for (const write of writes) {
      const target = join(options.outDir, write.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, write.bytes);
    }
    const ours = new Set(writes.map((write) => relative(process.cwd(), resolve(options.outDir, write.path))));
    const { problems } = await reviewContent(options.outDir);
    outcome.problems = problems.filter((problem) => ours.has(problem.file));
  }
  outcome.milliseconds = performance.now() - started;
  return outcome;
}
