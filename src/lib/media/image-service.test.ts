import type { AstroConfig, ImageTransform } from 'astro';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import imageService, { jpegBackground } from './image-service';

/** A 160×100 PNG, transparent (black at zero opacity, as most editors save it) around a red square. */
const transparentPng = () =>
  sharp({ create: { width: 160, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 20, height: 20, channels: 4, background: '#c33' } }, left: 70, top: 40 }])
    .png()
    .toBuffer();

const imageConfig = { service: { entrypoint: './src/lib/media/image-service.ts', config: {} } } as unknown as AstroConfig['image'];
const logger = { warn: () => {} } as unknown as Parameters<typeof imageService.transform>[3];

/** The first pixel of the copy the service makes, after Astro's validation, as `[r, g, b(, alpha)]`. */
async function cornerOfCopy(format: 'jpeg' | 'webp' | 'avif') {
  const src = { src: '/logo.png', width: 160, height: 100, format: 'png' } as ImageTransform['src'];
  const options = await imageService.validateOptions!({ src, width: 80, format }, imageConfig, logger);
  // Astro hands the transform the source's path, where validation had its metadata.
  const { data } = await imageService.transform(await transparentPng(), { ...options, src: '/logo.png' }, imageConfig, logger);
  const { data: pixels, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  return [...pixels.subarray(0, info.channels)];
}

describe('jpegBackground', () => {
  it('is white for a JPEG made from a format that may be transparent, and none otherwise', () => {
    expect(jpegBackground('png', 'jpeg')).toBe('#fff');
    expect(jpegBackground('webp', 'jpg')).toBe('#fff');
    expect(jpegBackground('png', 'webp')).toBeUndefined();
    expect(jpegBackground('png', 'avif')).toBeUndefined();
    expect(jpegBackground('jpg', 'jpeg')).toBeUndefined();
  });
});

describe('copies of a transparent PNG', () => {
  it('as JPEG, are white where the PNG is transparent, not black', async () => {
    const [r, g, b] = await cornerOfCopy('jpeg');
    expect(Math.min(r!, g!, b!)).toBeGreaterThanOrEqual(250);
  });

  it('as WebP and AVIF, stay transparent', async () => {
    expect((await cornerOfCopy('webp'))[3]).toBe(0);
    expect((await cornerOfCopy('avif'))[3]).toBe(0);
  });

  it('a background asked for explicitly is kept', async () => {
    const src = { src: '/logo.png', width: 160, height: 100, format: 'png' } as ImageTransform['src'];
    const options = await imageService.validateOptions!({ src, width: 80, format: 'jpeg', background: '#000080' }, imageConfig, logger);
    expect(options.background).toBe('#000080');
  });
});
