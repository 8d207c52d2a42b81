import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cameraPhoto } from '../tests/helpers/media-fixtures';
import service from './image-service';

const config = { service: { entrypoint: './src/image-service.ts', config: {} } } as never;

describe('image service', () => {
  it('encodes AVIF resized, turned upright and without EXIF', async () => {
    const input = await cameraPhoto();
    const { data, format } = await service.transform(input, { src: 'x.jpg', format: 'avif', width: 200, height: 300, fit: 'cover' }, config);
    const meta = await sharp(data).metadata();
    expect(format).toBe('avif');
    expect(meta.format).toBe('heif');
    expect([meta.width, meta.height]).toEqual([200, 300]);
    expect(meta.exif).toBeUndefined();
  });

  it('leaves other formats to Astro’s sharp service', async () => {
    const { format, data } = await service.transform(await cameraPhoto(), { src: 'x.jpg', format: 'webp', width: 100 }, config);
    expect(format).toBe('webp');
    expect((await sharp(data).metadata()).width).toBe(100);
  });
});
