import { buildSite } from '../scripts/lib/build/build-site';
import { generateDemoCorpus } from '../scripts/lib/demo/corpus';
import { TEST_CONTENT, TEST_CORPUS_SIZE, TEST_DIST, TEST_TODAY } from './helpers/built-site';
import { addEnglishClipFixtures } from './helpers/english-fixtures';
import { addMediaFixtures } from './helpers/media-fixtures';
import { addRedirectFixtures } from './helpers/redirect-fixtures';

/**
 * Builds a small generated corpus once for every integration and browser test,
 * in UTC so a date shifted by the machine's time zone would show. Media the
 * generator does not make (camera EXIF/GPS, a portrait, a local clip) is added,
 * English bodies with a YouTube clip, and old addresses to redirect.
 */
export default async function setup() {
  process.env.TZ = 'UTC';
  // The day the corpus is dated up to: its entries after that day are scheduled, its week of schedule is "this week".
  process.env.SITE_TODAY = TEST_TODAY;
  await generateDemoCorpus({ size: TEST_CORPUS_SIZE, outDir: TEST_CONTENT, seed: 7 });
  await addMediaFixtures(TEST_CONTENT);
  addEnglishClipFixtures(TEST_CONTENT);
  addRedirectFixtures(TEST_CONTENT);
  await buildSite({ contentDir: TEST_CONTENT, outDir: TEST_DIST, cold: true });
}
