import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { toIndexedText } from '../lib/search-text';

/**
 * Indexes the built HTML with Pagefind's Node API at the end of every build.
 * Only pages that mark their content `data-pagefind-body` are indexed (404 and
 * list pages do not); đ is rewritten on the way in (src/lib/search-text.ts).
 * Any indexing error fails the build.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'songoaivu:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const files = await glob('**/*.html', { cwd: outDir });
          for (const file of files) {
            const html = await readFile(`${outDir}/${file}`, 'utf8');
            const added = await index.addHTMLFile({ sourcePath: file, content: toIndexedText(html) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          const entry = JSON.parse(await readFile(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`${pages} of ${files.length} pages indexed for search in ${seconds} s → ${relative(process.cwd(), outDir)}/pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
