import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isVisible, type AfterBuildStep, type BuildFiles } from '../lib/build/after-build';
import { formatDate } from '../lib/shared/dates';
import { savedCopyTarget, savedPage } from '../lib/share/saved-page';

/**
 * Writes the file each "Lưu" link downloads (src/components/site/PageTools.astro):
 * a self-contained copy of the page, beside it. A link to the page's own
 * address would save HTML whose styles and pictures are on the server, and
 * `download` on a folder URL names the file after the folder; this copy opens
 * whole from a disk and works the same from the CDN and the offline archive.
 */
export async function writeSavedPages(files: BuildFiles, site: URL, madeOn = new Date()): Promise<number> {
  const outDir = files.root;
  const pages = files.filter((path) => /(?:^|\/)index\.html$/.test(path) && isVisible(path) && !/^(?:admin|pagefind)\//.test(path));
  const fromSite = (sitePath: string) => join(outDir, decodeURIComponent(sitePath));
  let written = 0;
  for (const file of pages) {
    const html = await readFile(join(outDir, file), 'utf8');
    // Most pages have no "Lưu" link: only those are parsed (src/lib/share/saved-page.ts).
    const target = html.includes('data-save-page') ? savedCopyTarget(html) : undefined;
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
    files.add(decodeURIComponent(target));
    written++;
  }
  return written;
}

/** Before the search index, which leaves the copies out (they carry no `data-pagefind-body`). */
export default function savedPages(): AfterBuildStep {
  return {
    name: 'saved-pages',
    run: async (files, { site, log }) => {
      const written = await writeSavedPages(files, site);
      log(`${written} saved copies written (the "Lưu" links)`);
    },
  };
}
