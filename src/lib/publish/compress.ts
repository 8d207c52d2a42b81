import { readFile, rm, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { DerivedCache, hashKey } from '../build/derived-cache';
import { mapPool } from '../shared/pool';

/**
 * Text files of the build, the ones worth compressing: pages, styles,
 * scripts, data, feeds, pictures drawn in SVG, calendars, captions.
 * Pagefind's index files (`.pf_*`, `wasm.*.pagefind`) are gzipped by Pagefind.
 */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.xml',
  '.svg',
  '.ics',
  '.txt',
  '.csv',
  '.vtt',
]);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Whether a file of the build gets `.br` and `.gz` copies beside it. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.has(extname(path).toLowerCase());
}

export interface CompressionResult {
  file: string;
  bytes: number;
  /** Sizes of the copies written; a copy that would not be smaller is not written. */
  br?: number;
  gz?: number;
}

/** Bumped when the compression settings below change, so no older copy is reused. */
const COMPRESSION_VERSION = 'br10-text,gz9';

/**
 * Brotli 10, not its maximum 11: on every 50th text file of the 10,000-entry
 * build (428 files), 11 took 2.5 times as long (43 against 17 ms a file) for
 * 0.8 % fewer bytes, about 50 bytes of an article (docs/dev/performance.md).
 */
const BROTLI_QUALITY = 10;

async function compress(body: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
}

/**
 * Writes `<file>.br` (Brotli 10, text mode) and `<file>.gz`
 * (gzip level 9) beside a file, each only when smaller than the file, so
 * nginx's brotli_static and gzip_static (docs/nginx.conf) send them as they are.
 * With a cache, a file whose bytes were compressed by an earlier build gets
 * that build's copies (Brotli would be most of a warm build's time otherwise).
 */
export async function precompressFile(file: string, cache?: DerivedCache): Promise<CompressionResult> {
  const body = await readFile(file);
  const result: CompressionResult = { file, bytes: body.length };
  const key = cache && hashKey(COMPRESSION_VERSION, body);
  if (key && (await reuse(cache, key, file, result))) return result;
  const [br, gz] = await compress(body);
  if (key) await Promise.all([cache.write(key, 'br', br), cache.write(key, 'gz', gz)]);
  if (br.length < body.length) {
    await replaceFile(`${file}.br`, br);
    result.br = br.length;
  }
  if (gz.length < body.length) {
    await replaceFile(`${file}.gz`, gz);
    result.gz = gz.length;
  }
  return result;
}

/** Writes a new file in place of any there: one left linked to the cache by {@link reuse} must not be written through. */
async function replaceFile(path: string, bytes: Buffer): Promise<void> {
  await rm(path, { force: true });
  await writeFile(path, bytes);
}

/** An earlier build's copies of the same bytes, linked beside the file (no bytes read or written); false when either is missing. */
async function reuse(cache: DerivedCache, key: string, file: string, result: CompressionResult): Promise<boolean> {
  const formats = (['br', 'gz'] as const).map((format) => ({ format, size: cache.size(key, format) }));
  if (formats.some(({ size }) => size === undefined)) return false;
  for (const { format, size } of formats) {
    if (size! >= result.bytes) continue;
    if (!(await cache.linkTo(key, format, `${file}.${format}`))) return false;
    result[format] = size;
  }
  return true;
}

/** Compresses files a few at a time: zlib runs in libuv's thread pool (4 threads by default). */
export async function precompressFiles(
  files: readonly string[],
  { concurrency = 4, cache }: { concurrency?: number; cache?: DerivedCache } = {},
): Promise<CompressionResult[]> {
  return mapPool(files, concurrency, (file) => precompressFile(file, cache));
}
