import { isVisible, type AfterBuildStep } from '../lib/build/after-build';
import { DerivedCache } from '../lib/build/derived-cache';
import { isCompressible, precompressFiles } from '../lib/publish';
import { isSavedCopyPath } from '../lib/share/saved-page';

/**
 * Writes `.br` and `.gz` beside every text file of the build
 * (src/lib/publish/compress.ts), for nginx's brotli_static and gzip_static.
 * Last of the steps: every file is final by then. The "Lưu" copies are left
 * out: downloads made mostly of base64 pictures, which compress by a quarter
 * at most for most of the step's time (nginx still gzips them as it sends them).
 * Copies made by an earlier build from the same bytes are reused (src/lib/build/derived-cache.ts).
 */
export default function precompress(): AfterBuildStep {
  return {
    name: 'precompress',
    run: async (files, { log }) => {
      const compressible = files.filter((path) => isVisible(path) && isCompressible(path) && !isSavedCopyPath(path));
      const byAbsolute = new Map(compressible.map((path) => [files.absolute(path), path]));
      const cache = DerivedCache.for('precompress');
      const results = await precompressFiles([...byAbsolute.keys()], { cache });
      cache.prune();
      for (const { file, br, gz } of results) {
        if (br !== undefined) files.add(`${byAbsolute.get(file)}.br`);
        if (gz !== undefined) files.add(`${byAbsolute.get(file)}.gz`);
      }
      const total = (pick: (r: (typeof results)[number]) => number | undefined) => results.reduce((sum, r) => sum + (pick(r) ?? r.bytes), 0);
      const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
      log(`${results.length} tệp nén sẵn: ${mb(total((r) => r.bytes))} MB → br ${mb(total((r) => r.br))} MB, gz ${mb(total((r) => r.gz))} MB`);
    },
  };
}
