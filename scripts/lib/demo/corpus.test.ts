import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { glob } from 'tinyglobby';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryId } from '../../../src/lib/content/collections';
import { checkContent } from '../../../src/lib/checks/content-check';
import { slugify } from '../../../src/lib/shared/slug';
import { DOCUMENT_TYPES } from '../../../src/schemas/documents';
import { NEWS_CATEGORIES } from '../../../src/schemas/news';
import { assertSafeOutDir, generateDemoCorpus, MARKER_FILE, PROJECT_ROOT, splitSize, type DemoSummary } from './corpus';

const SIZE = 20;
const SEED = 7;
const REAL_CONTENT = join(PROJECT_ROOT, 'content');

let root: string;
let dir: string;
let summary: DemoSummary;

/** Every file under a folder, dotfiles included, sorted. */
const listing = async (base: string) => (await glob('**/*', { cwd: base, onlyFiles: true, dot: true })).sort();

/** One hash over every path and every file's bytes. */
async function fingerprint(base: string): Promise<string> {
  const hash = createHash('sha256');
  for (const path of await listing(base)) hash.update(`${path}\0`).update(await readFile(join(base, path)));
  return hash.digest('hex');
}

/** Front matter and body of a Markdown file. */
async function readEntry(path: string): Promise<{ data: Record<string, unknown>; body: string; text: string }> {
  const text = await readFile(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`No front matter in ${path}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]!, text };
}

/** Generated entries: those not copied from the real content. */
async function generated(folder: string, pattern = '**/*.md'): Promise<string[]> {
  const real = new Set(await glob(pattern, { cwd: join(REAL_CONTENT, folder) }));
  return (await glob(pattern, { cwd: join(dir, folder) })).filter((path) => !real.has(path)).sort();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'demo-corpus-'));
  dir = join(root, 'a');
  summary = await generateDemoCorpus({ size: SIZE, outDir: dir, seed: SEED });
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('generateDemoCorpus', () => {
  it('copies the real content tree unchanged', async () => {
    const real = await listing(REAL_CONTENT);
    expect(real.length).toBeGreaterThan(0);
    expect(summary.copied).toBe(real.length);
    expect(await listing(dir)).toEqual(expect.arrayContaining([...real, MARKER_FILE]));
    for (const path of real) {
      expect(await readFile(join(dir, path)), path).toEqual(await readFile(join(REAL_CONTENT, path)));
    }
  });

  it('writes a tree the content check accepts without a single problem', async () => {
    expect(await checkContent(dir)).toEqual([]);
  });

  it('shares the size between collections and reports what it wrote', async () => {
    expect(summary).toMatchObject({ news: 10, documents: 6, albums: 2, videos: 2 });
    expect(await generated('tin-tuc')).toHaveLength(summary.news);
    expect(await generated('van-ban')).toHaveLength(summary.documents);
    expect(await generated('album-anh', '*/index.md')).toHaveLength(summary.albums);
    expect(await generated('video')).toHaveLength(summary.videos);
    expect(await glob('*/*.jpg', { cwd: join(dir, 'album-anh') })).toHaveLength(summary.photos);
    expect(await glob('*.pdf', { cwd: join(dir, 'van-ban') })).toHaveLength(summary.attachments);
    expect(await glob('**/*.jpg', { cwd: dir })).toHaveLength(summary.images);
    expect(summary.photos).toBeGreaterThanOrEqual(3 * summary.albums);
    expect(summary.photos).toBeLessThanOrEqual(10 * summary.albums);
  });

  it('uses every news category, and as many document types as there are documents (the two drafts share one)', async () => {
    const categories = new Set<unknown>();
    for (const path of await generated('tin-tuc')) categories.add((await readEntry(join(dir, 'tin-tuc', path))).data.category);
    expect([...categories].sort()).toEqual([...NEWS_CATEGORIES].sort());
    const types = new Set<unknown>();
    for (const path of await generated('van-ban')) types.add((await readEntry(join(dir, 'van-ban', path))).data.type);
    expect(types.size).toBe(Math.min(summary.documents - 1, DOCUMENT_TYPES.length));
  });

  it('has a draft still open for comment on the day it is made, one whose period is over, and a budget disclosure', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const docs = await Promise.all((await generated('van-ban')).map(async (path) => (await readEntry(join(dir, 'van-ban', path))).data));
    const deadlines = docs.filter((doc) => doc.type === 'Dự thảo lấy ý kiến').map((doc) => String((doc.comment as { deadline: string }).deadline));
    expect(deadlines.some((day) => day > today)).toBe(true);
    expect(deadlines.some((day) => day < today)).toBe(true);
    expect(docs.filter((doc) => doc.budget === true).length).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same seed, other bytes for another seed', async () => {
    const again = join(root, 'again');
    await generateDemoCorpus({ size: SIZE, outDir: again, seed: SEED });
    expect(await listing(again)).toEqual(await listing(dir));
    expect(await fingerprint(again)).toBe(await fingerprint(dir));

    const other = join(root, 'other');
    await generateDemoCorpus({ size: SIZE, outDir: other, seed: SEED + 1 });
    expect(await fingerprint(other)).not.toBe(await fingerprint(dir));
  });

  it('scales the counts with the size', async () => {
    const bigger = await generateDemoCorpus({ size: 3 * SIZE, outDir: join(root, 'bigger'), seed: SEED });
    expect(bigger).toMatchObject(splitSize(3 * SIZE));
    for (const key of ['news', 'documents', 'albums', 'videos', 'photos', 'attachments', 'images'] as const) {
      expect(bigger[key], key).toBeGreaterThan(summary[key]);
    }
    for (let size = 4; size <= 300; size++) {
      const counts = splitSize(size);
      expect(counts.news + counts.documents + counts.albums + counts.videos).toBe(size);
      expect(Math.min(counts.news, counts.documents, counts.albums, counts.videos)).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes small valid PDFs whose cross-reference offsets point at their objects', async () => {
    const pdfs = await glob('**/*.pdf', { cwd: dir });
    expect(pdfs.length).toBeGreaterThan(0);
    for (const path of pdfs) {
      const bytes = await readFile(join(dir, path));
      const text = bytes.toString('latin1');
      expect(text.startsWith('%PDF-'), path).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF'), path).toBe(true);
      expect(bytes.length).toBeLessThan(2048);
      const xref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1]);
      expect(text.slice(xref, xref + 4)).toBe('xref');
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      expect(offsets.length).toBeGreaterThanOrEqual(5);
      offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`), `${path} object ${i + 1}`).toBe(true));
      const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
      const start = text.indexOf('stream\n') + 'stream\n'.length;
      expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
      expect(text).toMatch(/\/BaseFont \/Helvetica/);
    }
  });

  it('writes real JPEG pictures of the planned sizes', async () => {
    const jpegs = await glob('**/*.jpg', { cwd: dir });
    expect(jpegs.length).toBe(summary.images);
    const fingerprints = new Set<string>();
    for (const path of jpegs) {
      const bytes = await readFile(join(dir, path));
      const meta = await sharp(bytes).metadata();
      expect(meta.format, path).toBe('jpeg');
      expect([`1200x800`, `800x1200`, `1280x720`, `800x1000`]).toContain(`${meta.width}x${meta.height}`);
      if (path.startsWith('video/')) expect(`${meta.width}x${meta.height}`).toBe('1280x720');
      if (path.startsWith('lanh-dao/')) expect(`${meta.width}x${meta.height}`).toBe('800x1000');
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(bytes.length).toBeLessThan(120_000);
      fingerprints.add(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(fingerprints.size).toBe(jpegs.length);
  });

  it('writes Vietnamese text with tone marks and đ/Đ, and slugs folded from the titles', async () => {
    const diacritics = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
    const dWords = /(^|[\s(“"'])[đĐ][a-zàáảãạăằắẳẵặâầấẩẫậêềếểễệôồốổỗộơờớởỡợưừứửữự]*/g;
    let words = 0;
    for (const path of await generated('tin-tuc')) {
      const { data, body, text } = await readEntry(join(dir, 'tin-tuc', path));
      expect(text, path).toMatch(diacritics);
      expect(text, path).toMatch(/[đĐ]/);
      words += text.match(dWords)?.length ?? 0;
      expect(body.split(/\n\n+/).filter((block) => !block.startsWith('-') && !block.startsWith('#')).length).toBeGreaterThanOrEqual(3);
      const slug = entryId(path);
      expect(slug === slugify(String(data.title)) || slug.startsWith(`${slugify(String(data.title))}-`), path).toBe(true);
    }
    expect(words).toBeGreaterThan(10 * summary.news);
    for (const folder of ['van-ban', 'video'] as const) {
      for (const path of await generated(folder)) expect(await readFile(join(dir, folder, path), 'utf8')).toMatch(diacritics);
    }
  });

  it('refuses an output folder whose deletion would lose something', () => {
    expect(() => assertSafeOutDir(PROJECT_ROOT, REAL_CONTENT)).toThrow(/Refusing/);
    expect(() => assertSafeOutDir(join(PROJECT_ROOT, 'src'), REAL_CONTENT)).toThrow(/not empty/);
    expect(() => assertSafeOutDir(dir, REAL_CONTENT)).not.toThrow();
    expect(() => assertSafeOutDir(join(root, 'not-there-yet'), REAL_CONTENT)).not.toThrow();
    expect(() => assertSafeOutDir(REAL_CONTENT, REAL_CONTENT)).toThrow(/Refusing/);
    expect(() => assertSafeOutDir(join(REAL_CONTENT, 'tin-tuc'), REAL_CONTENT)).toThrow(/Refusing/);
    expect(() => assertSafeOutDir('/', REAL_CONTENT)).toThrow(/Refusing/);
  });

  it('rejects a size that is not a whole number', async () => {
    await expect(generateDemoCorpus({ size: 1.5, outDir: join(root, 'bad') })).rejects.toThrow(/size/);
    await expect(generateDemoCorpus({ size: -1, outDir: join(root, 'bad') })).rejects.toThrow(/size/);
  });
});
