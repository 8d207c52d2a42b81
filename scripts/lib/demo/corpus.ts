/**
 * Generates a realistic demo content tree in the format of `content/`: the
 * real entries, copied, plus `size` generated news, documents, albums and
 * videos with their pictures and PDFs. Used by `npm run build:demo`,
 * integration tests and benchmarks. Deterministic: the same seed and size
 * give byte-identical files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { dirname, join, parse, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, entryId, type CollectionSpec } from '../../../src/lib/content/collections';
import { imageSeed, planAlbums, planDocuments, planNews, planVideos, planLeaders, SlugSet, type Sink } from './entries';
import { renderJpeg, type ImageSpec } from './media';
import { mapPool } from '../../../src/lib/shared/pool';
import { LINKED_DOCUMENT, planProcedures, planQuestions, planSchedule } from './services';
import { createRandom } from './random';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';

export interface DemoOptions {
  /** How many entries to generate (news, documents, albums and videos together). */
  size: number;
  /** Where to write the tree; it is deleted first. */
  outDir: string;
  /** Seed of the generator; 1 when left out. */
  seed?: number;
  /** The real content to copy in; the project's `content/` when left out. */
  contentDir?: string;
}

/** What was written, per collection. */
export interface DemoSummary {
  /** Files copied from the real content tree. */
  copied: number;
  news: number;
  documents: number;
  albums: number;
  videos: number;
  /** Photos in the generated albums. */
  photos: number;
  /** PDF files attached to the generated documents. */
  attachments: number;
  /** Every JPEG written: photos, news covers and video posters. */
  images: number;
  /** Bytes of all generated files. */
  bytes: number;
}

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const MAX_SIZE = 100_000;

/** How `size` entries are shared: half news, 30 % documents, 10 % albums, 10 % videos; one of each from 4. */
export function splitSize(size: number): { news: number; documents: number; albums: number; videos: number } {
  if (size < 4) {
    const [news = 0, documents = 0, albums = 0] = Array.from({ length: size }, () => 1);
    return { news, documents, albums, videos: 0 };
  }
  const albums = Math.max(1, Math.round(size * 0.1));
  const videos = Math.max(1, Math.round(size * 0.1));
  const documents = Math.max(1, Math.round(size * 0.3));
  return { news: size - albums - videos - documents, documents, albums, videos };
}

const isWithin = (parent: string, child: string) => child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Left in every generated tree, so a later run knows the folder is its own to delete. Dotfiles are not content. */
export const MARKER_FILE = '.demo-corpus';

/**
 * Refuses an output folder whose deletion would lose something: the real
 * content, a folder holding it, `/`, home, or any non-empty folder that is
 * neither an earlier demo corpus nor a content tree (`--out src` by mistake).
 */
export function assertSafeOutDir(target: string, source: string): void {
  const refuse = (why: string) => {
    throw new Error(`Refusing to use "${target}" as the output folder (it is deleted first): ${why}.`);
  };
  if (target === parse(target).root || target === homedir()) refuse('it is the file system root or the home folder');
  if (target === source || isWithin(target, source) || isWithin(source, target) || target === PROJECT_ROOT) {
    refuse(`it holds or is inside the real content ${source}`);
  }
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) refuse('it is a file');
  const looksGenerated = existsSync(join(target, MARKER_FILE)) || existsSync(join(target, 'cai-dat', 'site.yaml'));
  if (readdirSync(target).length > 0 && !looksGenerated) refuse(`it is not empty and has no ${MARKER_FILE} file from an earlier run`);
}

function checkOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.size) || options.size < 0 || options.size > MAX_SIZE) {
    throw new Error(`size must be a whole number from 0 to ${MAX_SIZE}, got ${options.size}`);
  }
  if (options.seed !== undefined && (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff)) {
    throw new Error(`seed must be a whole number from 0 to 4294967295, got ${options.seed}`);
  }
  if (!options.outDir) throw new Error('outDir is required');
}

/** Slugs already used by the copied entries, per collection, and the document numbers. */
async function existingEntries(root: string) {
  const slugs = new Map<string, string[]>();
  const numbers = new Set<string>();
  for (const [name, spec] of Object.entries(COLLECTIONS) as [string, CollectionSpec][]) {
    const files = await glob(spec.pattern, { cwd: join(root, spec.folder), onlyFiles: true });
    slugs.set(name, files.map(entryId));
    if (name !== 'documents') continue;
    for (const file of files) {
      const text = await readFile(join(root, spec.folder, file), 'utf8');
      const yaml = splitFrontMatter(text)?.yaml;
      const number = yaml ? (parseYaml(yaml) as { number?: unknown } | null)?.number : undefined;
      if (typeof number === 'string') numbers.add(number);
    }
  }
  const slugSet = (name: keyof typeof COLLECTIONS) => new SlugSet(slugs.get(name) ?? [], (COLLECTIONS[name] as CollectionSpec).reserved ?? []);
  return { slugSet, numbers };
}

export async function generateDemoCorpus(options: DemoOptions): Promise<DemoSummary> {
  checkOptions(options);
  const seed = options.seed ?? 1;
  const outDir = resolve(options.outDir);
  const source = resolve(options.contentDir ?? join(PROJECT_ROOT, 'content'));
  assertSafeOutDir(outDir, source);

  await rm(outDir, { recursive: true, force: true });
  await mkdir(dirname(outDir), { recursive: true });
  await cp(source, outDir, { recursive: true });
  const copied = (await glob('**/*', { cwd: outDir, onlyFiles: true, dot: true })).length;
  const { slugSet, numbers } = await existingEntries(outDir);
  await writeFile(join(outDir, MARKER_FILE), `Demo corpus written by scripts/generate-demo.ts (size ${options.size}, seed ${seed}); rewritten on each run.\n`);

  const files = new Map<string, string | Buffer>();
  const images: { path: string; spec: ImageSpec }[] = [];
  const planned = new Set<string>();
  const claim = (path: string) => {
    if (planned.has(path) || existsSync(join(outDir, path))) throw new Error(`Demo corpus: ${path} would be written twice`);
    planned.add(path);
  };
  const add = (path: string, content: string | Buffer) => {
    claim(path);
    files.set(path, content);
  };
  const sink: Sink = {
    text: add,
    binary: add,
    image: (path, spec) => {
      claim(path);
      images.push({ path, spec: { ...spec, seed: imageSeed(seed, path) } });
    },
  };

  const counts = splitSize(options.size);
  const random = createRandom(seed);
  planNews(random.fork('news'), counts.news, slugSet('news'), sink);
  planDocuments(random.fork('documents'), counts.documents, slugSet('documents'), numbers, sink);
  const photos = planAlbums(random.fork('albums'), counts.albums, slugSet('albums'), sink);
  planVideos(random.fork('videos'), counts.videos, slugSet('videos'), sink);
  planLeaders(random.fork('leaders'), slugSet('leaders'), sink);
  const linkDocument = existsSync(join(outDir, COLLECTIONS.documents.folder, `${LINKED_DOCUMENT}.md`));
  planProcedures(random.fork('procedures'), slugSet('procedures'), sink, { linkDocument });
  planQuestions(random.fork('questions'), slugSet('questions'), sink);
  planSchedule(random.fork('schedule'), sink);

  const folders = new Set([...planned].map((path) => dirname(join(outDir, path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });

  let bytes = 0;
  await mapPool([...files], 16, async ([path, content]) => {
    bytes += Buffer.byteLength(content);
    await writeFile(join(outDir, path), content);
  });
  const limit = Math.max(2, Math.min(8, availableParallelism()));
  await mapPool(images, limit, async ({ path, spec }) => {
    const jpeg = await renderJpeg(spec);
    bytes += jpeg.length;
    await writeFile(join(outDir, path), jpeg);
  });

  return {
    copied,
    ...counts,
    photos,
    attachments: [...files.keys()].filter((path) => path.startsWith('van-ban/') && path.endsWith('.pdf')).length,
    images: images.length,
    bytes,
  };
}
