import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { isCompressible, precompressFiles } from '../lib/publish';

/**
 * Writes `.br` and `.gz` beside every text file of the build
 * (src/lib/publish/compress.ts), for nginx's brotli_static and gzip_static.
 * Last of the integrations: every file is final by then.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'songoaivu:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await glob('**/*', { cwd: root, onlyFiles: true, absolute: true })).filter(isCompressible);
        const results = await precompressFiles(files);
        const total = (pick: (r: (typeof results)[number]) => number | undefined) => results.reduce((sum, r) => sum + (pick(r) ?? r.bytes), 0);
        const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
        logger.info(`${results.length} tệp nén sẵn: ${mb(total((r) => r.bytes))} MB → br ${mb(total((r) => r.br))} MB, gz ${mb(total((r) => r.gz))} MB`);
      },
    },
  };
}
