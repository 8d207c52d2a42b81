import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** GPS position written into the test photo: a published copy must not carry it. */
export const GPS_PHOTO = 'gps-test.jpg';
export const GPS_ALBUM = 'kiem-tra-anh-gps';
export const PORTRAIT_LEADER = 'nguyen-thi-mau';
export const LOCAL_CLIP = 'clip-may-quay';
export const LARGE_ALBUM = 'kiem-tra-album-lon';
export const LARGE_ALBUM_PHOTOS = 60;
/** An album with a PNG whose background is transparent, and a photo of 4000×3000 straight from a camera. */
export const CHECK_ALBUM = 'kiem-tra-anh-trong-suot';
export const TRANSPARENT_PNG = 'logo-trong-suot.png';
export const BIG_PHOTO = 'toan-canh-4000.jpg';

/**
 * A JPEG as a phone camera writes it: stored 600×400 with EXIF orientation 6
 * (shown rotated to 400×600), a camera model and a GPS position.
 */
export async function cameraPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#2a6"/><rect width="200" height="400" fill="#c33"/></svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 19/1 40/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 54/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** 1200×800, transparent (black at zero opacity, as editors save it) around a blue disc and a red bar. */
export function transparentPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><circle cx="600" cy="380" r="220" fill="#0b4a8b"/><rect x="380" y="640" width="440" height="60" fill="#b3261e"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** 4000×3000, a gradient with a stripe, as a camera's full-size JPEG. */
export function bigPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000"><defs><linearGradient id="g"><stop offset="0" stop-color="#2a6"/><stop offset="1" stop-color="#246"/></linearGradient></defs><rect width="4000" height="3000" fill="url(#g)"/><rect y="1300" width="4000" height="400" fill="#eec"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * Adds to a generated corpus what the generator does not make: an album whose
 * photo carries camera and GPS data, a long album, an album with a transparent
 * PNG and a 4000×3000 photo, a leader with a portrait, and a clip stored on
 * the site with its captions.
 */
export async function addMediaFixtures(contentDir: string): Promise<void> {
  const album = join(contentDir, 'album-anh', GPS_ALBUM);
  mkdirSync(album, { recursive: true });
  writeFileSync(join(album, GPS_PHOTO), await cameraPhoto());
  writeFileSync(
    join(album, 'index.md'),
    `---\ntitle: Ảnh kiểm tra dữ liệu vị trí\ndate: 2020-01-01\nsummary: Ảnh chụp bằng điện thoại, có toạ độ GPS.\nphotos:\n  - file: ${GPS_PHOTO}\n    alt: Ảnh thử có toạ độ GPS\n---\n`,
  );

  const large = join(contentDir, 'album-anh', LARGE_ALBUM);
  mkdirSync(large, { recursive: true });
  const entries: string[] = [];
  for (let n = 1; n <= LARGE_ALBUM_PHOTOS; n++) {
    const name = `anh-${String(n).padStart(3, '0')}.jpg`;
    const colour = { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 };
    writeFileSync(
      join(large, name),
      await sharp({ create: { width: 480, height: 320, channels: 3, background: colour } })
        .jpeg()
        .toBuffer(),
    );
    entries.push(`  - file: ${name}\n    alt: Ảnh số ${n} của buổi lễ\n    caption: Khoảnh khắc thứ ${n}`);
  }
  writeFileSync(
    join(large, 'index.md'),
    `---\ntitle: Album nhiều ảnh\ndate: 2019-02-01\nsummary: Album dài để kiểm tra tải ảnh.\nphotos:\n${entries.join('\n')}\n---\n`,
  );

  const check = join(contentDir, 'album-anh', CHECK_ALBUM);
  mkdirSync(check, { recursive: true });
  writeFileSync(join(check, TRANSPARENT_PNG), await transparentPng());
  writeFileSync(join(check, BIG_PHOTO), await bigPhoto());
  writeFileSync(
    join(check, 'index.md'),
    `---\ntitle: Ảnh kiểm tra nền trong suốt\ndate: 2019-03-01\nsummary: Biểu trưng nền trong suốt và ảnh chụp cỡ lớn.\nphotos:\n  - file: ${TRANSPARENT_PNG}\n    alt: Biểu trưng hình tròn xanh trên nền trong suốt\n  - file: ${BIG_PHOTO}\n    alt: Toàn cảnh hội trường chụp bằng máy ảnh\n---\n`,
  );

  const portrait = await sharp({ create: { width: 800, height: 1200, channels: 3, background: '#8a6' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(contentDir, 'lanh-dao', `${PORTRAIT_LEADER}.jpg`), portrait);
  writeFileSync(
    join(contentDir, 'lanh-dao', `${PORTRAIT_LEADER}.md`),
    `---\nname: Nguyễn Thị Mẫu\nposition: Phó Giám đốc (dữ liệu mẫu)\norder: 2\nphone: 0912 345 678\nphoto: ${PORTRAIT_LEADER}.jpg\nphotoAlt: Chân dung bà Nguyễn Thị Mẫu\n---\n\nDữ liệu mẫu cho kiểm thử.\n`,
  );

  const video = join(contentDir, 'video');
  copyFileSync('tests/fixtures/media/clip.mp4', join(video, `${LOCAL_CLIP}.mp4`));
  copyFileSync('tests/fixtures/media/clip.vtt', join(video, `${LOCAL_CLIP}.vtt`));
  const poster = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#246' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(video, `${LOCAL_CLIP}.jpg`), poster);
  writeFileSync(
    join(video, `${LOCAL_CLIP}.md`),
    `---\ntitle: Clip quay tại hội nghị\ndate: 2019-05-01\nsource:\n  file: ${LOCAL_CLIP}.mp4\ncaptions: ${LOCAL_CLIP}.vtt\nposter: ${LOCAL_CLIP}.jpg\nposterAlt: Hội trường hội nghị\nduration: "0:02"\n---\n\nĐoàn công tác đến thăm tỉnh Sơn La.\n`,
  );
}
