import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { formatDate } from '../lib/shared/dates';
import { savedPage } from '../lib/share/saved-page';

/**
 * Writes the file each "Lưu" link downloads (src/components/site/PageTools.astro):
 * a self-contained copy of the page, beside it. A link to the page's own
 * address would save HTML whose styles and pictures are on the server, and
 * `download` on a folder URL names the file after the folder; this copy opens
 * whole from a disk and works the same from the CDN and the offline archive.
 * Runs before the search index, which leaves the copies out (they carry no
 * `data-pagefind-body`).
 */
export async function writeSavedPages(outDir: string, site: URL, madeOn = new Date()): Promise<number> {
  const pages = await glob('**/index.html', { cwd: outDir, ignore: ['admin/**', 'pagefind/**'] });
  const fromSite = (sitePath: string) => join(outDir, decodeURIComponent(sitePath));
  let written = 0;
  for (const file of pages) {
    const html = await readFile(join(outDir, file), 'utf8');
    const target = /<a [^>]*data-save-page[^>]*>/.exec(html)?.[0].match(/href="([^"]+)"/)?.[1];
    if (!target) continue;
    const pagePath = `/${file.slice(0, -'index.html'.length)}`;
    const copy = await savedPage({
      html,
      url: new URL(pagePath, site).href,
      madeOn: formatDate(madeOn),
      readText: (sitePath) => readFile(fromSite(sitePath), 'utf8'),
      readBytes: (sitePath) => readFile(fromSite(sitePath)),
    });
    await writeFile(fromSite(target), copy);
    written++;
  }
  return written;
}

export default function savedPages(): AstroIntegration {
  let site: URL;
  return {
    name: 'songoaivu:saved-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeSavedPages(fileURLToPath(dir), site);
        logger.info(`${written} saved copies written (the "Lưu" links)`);
      },
    },
  };
}
