import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { TEST_CONTENT, TEST_DIST, fileOf, page } from '../helpers/built-site';
import { BIG_PHOTO, CHECK_ALBUM, GPS_ALBUM, GPS_PHOTO, LOCAL_CLIP, PORTRAIT_LEADER, TRANSPARENT_PNG } from '../helpers/media-fixtures';

const ASSETS = join(TEST_DIST, '_astro');
const published = readdirSync(ASSETS).filter((name) => /\.(jpe?g|png|webp|avif)$/.test(name));
/** The EXIF tag that points at GPS data (0x8825), as it appears in a little- or big-endian TIFF block. */
const hasGpsPointer = (exif: Buffer) => exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

describe('published images', () => {
  it('the camera photo given to the build did carry EXIF, GPS and a rotation', async () => {
    const source = await sharp(join(TEST_CONTENT, 'album-anh', GPS_ALBUM, GPS_PHOTO)).metadata();
    expect(source.orientation).toBe(6);
    expect(hasGpsPointer(source.exif!)).toBe(true);
  });

  it('keep no EXIF, GPS or camera data, and the rotation is applied', async () => {
    const copies = published.filter((name) => name.startsWith('gps-test.'));
    expect(copies.length).toBeGreaterThan(3);
    for (const name of copies) {
      const meta = await sharp(join(ASSETS, name)).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.orientation ?? 1, name).toBe(1);
    }
    // Stored 600×400 and turned by EXIF: the full views (not the 3:2 thumbnails) are upright, taller than wide.
    const link = page(`/album-anh/${GPS_ALBUM}/`).querySelector('main a[data-viewer-srcset]')!;
    const fullViews = [
      link.getAttribute('href')!,
      ...link
        .getAttribute('data-viewer-srcset')!
        .split(',')
        .map((part) => part.trim().split(' ')[0]!),
    ];
    for (const url of fullViews) {
      const meta = await sharp(join(TEST_DIST, url)).metadata();
      expect(meta.height!, url).toBeGreaterThan(meta.width!);
    }
  });

  it('no image file in the build carries EXIF, and no original is left unreferenced', async () => {
    const withExif: string[] = [];
    for (const name of published) if ((await sharp(join(ASSETS, name)).metadata()).exif) withExif.push(name);
    expect(withExif).toEqual([]);
    const pages = (await glob('**/*.html', { cwd: TEST_DIST })).map((file) => readFileSync(join(TEST_DIST, file), 'utf8')).join('\n');
    expect(published.filter((name) => !pages.includes(`/_astro/${name}`))).toEqual([]);
  });
});

/** The top-left pixel of an image file, `[r, g, b]` or `[r, g, b, alpha]`. */
async function cornerPixel(file: string): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  return [...data.subarray(0, info.channels)];
}
const isWhite = ([r, g, b]: number[]) => Math.min(r!, g!, b!) >= 250;
/** The addresses in a srcset, widest last as Astro writes them. */
const srcsetUrls = (srcset: string) => srcset.split(',').map((part) => part.trim().split(' ')[0]!);

describe('a PNG with a transparent background', () => {
  const album = page(`/album-anh/${CHECK_ALBUM}/`);
  const link = album.querySelector('main a[data-viewer-srcset]')!;
  const picture = link.querySelector('picture')!;

  it('is the fixture: its corner is transparent', async () => {
    expect((await cornerPixel(join(TEST_CONTENT, 'album-anh', CHECK_ALBUM, TRANSPARENT_PNG)))[3]).toBe(0);
  });

  it('is laid on white, not black, in every JPEG copy: thumbnails, the full view and the share image', async () => {
    const img = picture.querySelector('img')!;
    const jpegs = [
      img.getAttribute('src')!,
      link.getAttribute('href')!,
      new URL(album.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname,
    ];
    expect(
      jpegs.every((url) => /\.jpe?g$/.test(url)),
      jpegs.join(),
    ).toBe(true);
    for (const url of jpegs) expect(isWhite(await cornerPixel(fileOf(url))), url).toBe(true);
  });

  it('stays transparent in its WebP copies', async () => {
    const modern = [...picture.querySelectorAll('source'), link].flatMap((element) =>
      srcsetUrls(element.getAttribute('srcset') ?? element.getAttribute('data-viewer-srcset')!),
    );
    expect(modern.length).toBeGreaterThan(3);
    for (const url of modern) expect((await cornerPixel(fileOf(url)))[3], url).toBe(0);
  });
});

describe('a 4000×3000 photo', () => {
  const links = [...page(`/album-anh/${CHECK_ALBUM}/`).querySelectorAll('main a[data-viewer-srcset]')];
  const stem = BIG_PHOTO.replace(/\.jpg$/, '.');

  it('is published at 1600 px at most: the full view a visitor opens is the largest copy', async () => {
    const copies = published.filter((name) => name.startsWith(stem));
    expect(copies.length).toBeGreaterThan(5);
    const widths = await Promise.all(copies.map(async (name) => (await sharp(join(ASSETS, name)).metadata()).width));
    expect(Math.max(...widths)).toBe(1600);
    const fullView = await sharp(fileOf(links[1]!.getAttribute('href')!)).metadata();
    expect([fullView.width, fullView.height]).toEqual([1600, 1200]);
  });

  it('is not published as it is: no file of the build has the original’s bytes', async () => {
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const original = digest(readFileSync(join(TEST_CONTENT, 'album-anh', CHECK_ALBUM, BIG_PHOTO)));
    const files = await glob('**/*.{jpg,jpeg,JPG}', { cwd: TEST_DIST });
    expect(files.filter((file) => digest(readFileSync(join(TEST_DIST, file))) === original)).toEqual([]);
  });
});

describe('pictures in the HTML', () => {
  it('offer WebP at the widths of their role with srcset and sizes, one JPEG fallback, and explicit dimensions', async () => {
    const problems: string[] = [];
    for (const file of await glob('**/*.html', { cwd: TEST_DIST })) {
      const { document } = parseHTML(readFileSync(join(TEST_DIST, file), 'utf8'));
      for (const picture of document.querySelectorAll('picture')) {
        const types = [...picture.querySelectorAll('source')].map((source) => source.getAttribute('type'));
        const img = picture.querySelector('img')!;
        if (types.join() !== 'image/webp') problems.push(`${file}: sources ${types.join()}`);
        for (const source of picture.querySelectorAll('source')) {
          if (!source.getAttribute('srcset') || !source.getAttribute('sizes')) problems.push(`${file}: a source lacks srcset or sizes`);
        }
        // One JPEG per picture, for browsers without WebP: its other widths would be published for nobody.
        if (!/\.jpe?g$/.test(img.getAttribute('src')!) || img.hasAttribute('srcset')) problems.push(`${file}: fallback img`);
        if (!(Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('height')) > 0)) problems.push(`${file}: no width/height`);
        if (!img.hasAttribute('alt')) problems.push(`${file}: no alt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('load lazily, except the first large picture of a page, which comes first', () => {
    const article = page(page('/tin-tuc/').querySelector('main .news-title a')!.getAttribute('href')!);
    const album = page(`/album-anh/${GPS_ALBUM}/`);
    for (const doc of [album, page('/album-anh/'), page('/video/')]) {
      const images = [...doc.querySelectorAll('main picture img')];
      expect(images[0]!.getAttribute('loading')).toBe('eager');
      expect(images[0]!.getAttribute('fetchpriority')).toBe('high');
      for (const img of images.slice(1)) expect(img.getAttribute('loading')).toBe('lazy');
    }
    for (const img of article.querySelectorAll('aside img')) expect(img.getAttribute('loading')).toBe('lazy');
  });
});

describe('leaders', () => {
  it('list each leader with a link to a profile page whose portrait is cropped 4:5 and described', () => {
    const list = page('/gioi-thieu/lanh-dao/');
    const profiles = [...list.querySelectorAll('main h2 a')].map((a) => a.getAttribute('href'));
    expect(profiles.slice(0, 2)).toEqual(['/gioi-thieu/lanh-dao/cam-van-phuong/', `/gioi-thieu/lanh-dao/${PORTRAIT_LEADER}/`]);
    expect(profiles).toHaveLength(4);
    const profile = page(`/gioi-thieu/lanh-dao/${PORTRAIT_LEADER}/`);
    const img = profile.querySelector('main img')!;
    expect(img.getAttribute('alt')).toBe('Chân dung bà Nguyễn Thị Mẫu');
    expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBeCloseTo(4 / 5, 2);
    expect(profile.querySelector('main a[href^="tel:"]')!.getAttribute('href')).toBe('tel:+84912345678');
    expect(page('/gioi-thieu/lanh-dao/cam-van-phuong/').querySelector('main [role="img"]')!.getAttribute('aria-label')).toBe('Chưa có ảnh: Cầm Văn Phương');
  });
});

describe('a clip stored on the site', () => {
  it('plays from our own server, with its poster and captions track', () => {
    const doc = page(`/video/${LOCAL_CLIP}/`);
    const video = doc.querySelector('main video')!;
    expect(video.getAttribute('poster')).toMatch(/^\/_astro\/.+\.jpe?g$/);
    expect(video.querySelector('source')!.getAttribute('src')).toBe(`/video/${LOCAL_CLIP}/${LOCAL_CLIP}.mp4`);
    expect(video.querySelector('track')!.getAttribute('src')).toBe(`/video/${LOCAL_CLIP}/${LOCAL_CLIP}.vtt`);
    expect(readFileSync(join(TEST_DIST, 'video', LOCAL_CLIP, `${LOCAL_CLIP}.mp4`)).equals(readFileSync('tests/fixtures/media/clip.mp4'))).toBe(true);
    expect(doc.querySelector('#transcript-heading')!.textContent).toBe('Lời thoại');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("; frame-src 'none'; ");
  });
});
