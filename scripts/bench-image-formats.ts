/**
 * Image formats: encode time (CPU, one thread) and bytes of each format sharp
 * offers, at each width the image roles use (src/lib/media/image-roles.ts),
 * on demo photos (scripts/lib/demo/media.ts). How WebP + JPEG was chosen
 * (docs/dev/performance.md, "Image formats").
 *
 *   npm run bench:formats -- --photos 5
 */
import { parseArgs } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { renderJpeg } from './lib/demo/media';

const { values } = parseArgs({ options: { photos: { type: 'string', default: '5' } } });
const WIDTHS = [160, 320, 480, 640, 800, 1200, 1600];
const FORMATS: [string, (image: Sharp) => Sharp][] = [
  ['AVIF, effort 2', (image) => image.avif({ effort: 2 })],
  ['AVIF, effort 0', (image) => image.avif({ effort: 0 })],
  ['WebP', (image) => image.webp()],
  ['WebP, effort 2', (image) => image.webp({ effort: 2 })],
  ['JPEG', (image) => image.jpeg()],
  ['JPEG, mozjpeg', (image) => image.jpeg({ mozjpeg: true })],
];

// One libvips thread: CPU time then adds up as it would across the build's workers.
sharp.concurrency(1);
const photos = await Promise.all(Array.from({ length: Number(values.photos) }, (_, seed) => renderJpeg({ width: 1600, height: 1067, seed: seed + 1 })));
console.log(`| format | ${WIDTHS.map((width) => `${width} px`).join(' | ')} | CPU, all widths |`);
console.log(`| --- | ${WIDTHS.map(() => '---:').join(' | ')} | ---: |`);
for (const [name, encode] of FORMATS) {
  const cells: string[] = [];
  let totalMs = 0;
  for (const width of WIDTHS) {
    let bytes = 0;
    const started = process.cpuUsage();
    for (const photo of photos) bytes += (await encode(sharp(photo).resize(width)).toBuffer()).length;
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000 / photos.length;
    totalMs += ms;
    cells.push(`${(bytes / photos.length / 1024).toFixed(1)} KB, ${ms.toFixed(0)} ms`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} | ${totalMs.toFixed(0)} ms |`);
}
