import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DerivedCache } from '../build/derived-cache';
import { imageReview } from './media-check';

const display = (absolute: string) => absolute.slice(absolute.lastIndexOf('/') + 1);

async function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'media-check-'));
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(dir, 'anh.jpg'), photo);
  // The first half of a JPEG: what a copy interrupted part-way leaves.
  writeFileSync(join(dir, 'hong.jpg'), photo.subarray(0, photo.length / 2));
  return { dir, cache: new DerivedCache(join(dir, '.cache')) };
}

describe('the photo check across builds', () => {
  it('remembers a photo that decoded whole, by its bytes, and still refuses a broken one every time', async () => {
    const { dir, cache } = await tree();
    const first = await imageReview(dir, ['anh.jpg', 'hong.jpg'], display, cache);
    expect(first.problems.map((problem) => problem.file)).toEqual(['hong.jpg']);
    const again = await imageReview(dir, ['anh.jpg', 'hong.jpg'], display, new DerivedCache(cache.dir));
    expect(again).toEqual(first);
  });

  it('takes the size of a remembered photo from the cache instead of decoding it again', async () => {
    const { dir, cache } = await tree();
    await imageReview(dir, ['anh.jpg'], display, cache);
    // Planted: the entry says the photo is 8000 × 6000, which only a remembered size could give.
    const [entry] = readdirSync(cache.dir);
    writeFileSync(join(cache.dir, entry!), JSON.stringify({ width: 8000, height: 6000 }));
    const { warnings } = await imageReview(dir, ['anh.jpg'], display, new DerivedCache(cache.dir));
    expect(warnings.map((warning) => warning.found)).toEqual([expect.stringContaining('8000 × 6000')]);
  });
});
