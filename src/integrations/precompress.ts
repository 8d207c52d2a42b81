import { isVisible, type AfterBuildStep } from '../lib/build/after-build';
import { isCompressible, precompressFiles } from '../lib/publish';

/**
 * Writes `.br` and `.gz` beside every text file of the build
 * (src/lib/publish/compress.ts), for nginx's brotli_static and gzip_static.
 * Last of the steps: every file is final by then.
 */
export default function precompress(): AfterBuildStep {
  return {
    name: 'precompress',
    run: async (files, { log }) => {
      const compressible = files.filter((path) => isVisible(path) && isCompressible(path));
      const byAbsolute = new Map(compressible.map((path) => [files.absolute(path), path]));
      const results = await precompressFiles([...byAbsolute.keys()]);
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
