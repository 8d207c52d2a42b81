/**
 * Serves a build and checks every internal link, image, script, style, font
 * and `#fragment` of every page (`npm run validate:links [-- folder]`, default
 * `dist`). Exits 1 with one line per broken link and the page that holds it.
 */
import { existsSync } from 'node:fs';
import { crawlInternalLinks } from './lib/gates/crawl-links';

const buildDir = process.argv[2] ?? 'dist';
if (!existsSync(buildDir)) {
  console.error(`No build in ${buildDir}/: run "npm run build" first, or name the folder: npm run validate:links -- dist-demo`);
  process.exit(1);
}
const { pages, links, broken } = await crawlInternalLinks(buildDir);
for (const { page, link, reason } of broken) console.error(`${page} → ${link}: ${reason}`);
if (broken.length > 0) {
  console.error(
    `\n${broken.length} broken link(s) in ${buildDir}/: fix the page's source (content/ or the template) so each points at a page, file or id that exists.`,
  );
  process.exit(1);
}
console.log(`${pages} pages of ${buildDir}/: ${links} internal addresses answer, and every #fragment names an element.`);
