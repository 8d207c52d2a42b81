import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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

/**
 * Writes `<file>.br` (Brotli at its best quality, text mode) and `<file>.gz`
 * (gzip level 9) beside a file, each only when smaller than the file, so
 * nginx's brotli_static and gzip_static (docs/nginx.conf) send them as they are.
 */
export async function precompressFile(file: string): Promise<CompressionResult> {
  const body = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const result: CompressionResult = { file, bytes: body.length };
  if (br.length < body.length) {
    await writeFile(`${file}.br`, br);
    result.br = br.length;
  }
  if (gz.length < body.length) {
    await writeFile(`${file}.gz`, gz);
    result.gz = gz.length;
  }
  return result;
}

/** Compresses files a few at a time: zlib runs in libuv's thread pool (4 threads by default). */
export async function precompressFiles(files: readonly string[], concurrency = 4): Promise<CompressionResult[]> {
  const results: CompressionResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      results.push(await precompressFile(file));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
}
