import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** English pages whose body the test corpus gives a YouTube clip (an MDX body, as staff may write one). */
export const ENGLISH_CLIP_PAGES = ['/en/gioi-thieu/co-cau-to-chuc/', '/en/gioi-thieu/lanh-dao/cam-van-phuong/'];

const CLIP = '\n<YouTube id="dQw4w9WgXcQ" title="Son La welcomes a delegation" />\n';

/**
 * Turns the English organisation page and the director's English profile of the test corpus into
 * MDX bodies that end with a YouTube clip: the content check accepts it in any body, so the page's
 * own policy must let the player in.
 */
export function addEnglishClipFixtures(contentDir: string): void {
  for (const file of ['gioi-thieu/en/co-cau-to-chuc', 'lanh-dao/en/cam-van-phuong']) {
    const markdown = join(contentDir, `${file}.md`);
    const mdx = join(contentDir, `${file}.mdx`);
    renameSync(markdown, mdx);
    writeFileSync(mdx, readFileSync(mdx, 'utf8') + CLIP);
  }
}
