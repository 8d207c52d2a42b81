/**
 * Image benchmark: a corpus of many albums (default 50 × 40 photos, plus one
 * album of 200), built cold (no image cache) and warm (cache kept); reports
 * build times, output size, and what an album page costs a phone at 390 px.
 *
 *   npm run bench:images -- --albums 50 --photos 40 --runs 1
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './lib/build/build-site';
import { launchChromium } from './lib/shared/chromium';
import { generateDemoCorpus } from './lib/demo/corpus';
import { markdownFile } from './lib/demo/entries';
import { renderJpeg } from './lib/demo/media';
import { mapPool } from '../src/lib/shared/pool';
import { folderSize } from './lib/bench/folder-size';
import { median } from './lib/bench/stats';
import { serveStatic } from './lib/shared/static-server';
import { entryUrl } from '../src/lib/routing/urls';

const { values } = parseArgs({
  options: {
    albums: { type: 'string', default: '50' },
    photos: { type: 'string', default: '40' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench-results/images.json' },
  },
});
const albums = Number(values.albums);
const photos = Number(values.photos);
const contentDir = `.tmp/bench-images-${albums}x${photos}`;
const outDir = `${contentDir}-dist`;
const LONG_ALBUM = { slug: 'album-200-anh', photos: 200 };

async function writeAlbum(slug: string, count: number, seed: number): Promise<void> {
  const folder = join(contentDir, 'album-anh', slug);
  mkdirSync(folder, { recursive: true });
  const entries = Array.from({ length: count }, (_, i) => ({ file: `anh-${String(i + 1).padStart(3, '0')}.jpg`, alt: `Ảnh ${i + 1} của ${slug}` }));
  writeFileSync(join(folder, 'index.md'), markdownFile({ title: `Album ${slug}`, date: '2024-05-01', summary: 'Album đo hiệu năng ảnh.', photos: entries }));
  await mapPool(entries, 4, async ({ file }) => {
    writeFileSync(join(folder, file), await renderJpeg({ width: 1200, height: 800, seed: seed * 1000 + Number(file.slice(4, 7)) }));
  });
}

/** Bytes and requests of a page as a 390 px phone loads it (nothing scrolled). */
async function pageCost(path: string): Promise<{ bytes: number; requests: number; images: number }> {
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(outDir, { compressed: true })]);
  try {
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    let bytes = 0;
    let requests = 0;
    let images = 0;
    tab.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
      if (request.resourceType() === 'image') images++;
    });
    await tab.goto(`${server.url}${path}`);
    await tab.waitForLoadState('networkidle');
    return { bytes, requests, images };
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

await generateDemoCorpus({ size: 4, outDir: contentDir });
for (let a = 1; a <= albums; a++) await writeAlbum(`album-do-hieu-nang-${String(a).padStart(2, '0')}`, photos, a);
await writeAlbum(LONG_ALBUM.slug, LONG_ALBUM.photos, 999);

const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  cold.push((await buildSite({ contentDir, outDir, cold: true })).milliseconds);
  warm.push((await buildSite({ contentDir, outDir })).milliseconds);
  console.log(`run ${run + 1}: cold ${(cold.at(-1)! / 1000).toFixed(1)} s, warm ${(warm.at(-1)! / 1000).toFixed(1)} s`);
}
const album = await pageCost(entryUrl('albums', 'album-do-hieu-nang-01'));
const longAlbum = await pageCost(entryUrl('albums', LONG_ALBUM.slug));
const result = {
  date: new Date().toISOString(),
  albums,
  photosPerAlbum: photos,
  extraAlbum: LONG_ALBUM,
  coldMs: cold,
  warmMs: warm,
  coldMedianMs: median(cold),
  warmMedianMs: median(warm),
  outputBytes: folderSize(outDir).bytes,
  imageBytes: folderSize(join(outDir, '_astro')).bytes,
  albumPageAt390: album,
  longAlbumPageAt390: longAlbum,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
