import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, posix } from 'node:path';
import sharp from 'sharp';
import { hashKey, type DerivedCache } from '../build/derived-cache';
import { parse } from 'yaml';
import { splitFrontMatter } from '../content/front-matter';
import { formatFileSize } from '../media/files';
import { mapPool } from '../shared/pool';
import type { ContentProblem } from './problem';

/** Above this a photo still publishes, with a warning: the staff guide asks for less. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Above this many pixels (about 6000 × 4000) a photo gets a warning too. */
export const PHOTO_MAX_PIXELS = 24_000_000;
/**
 * sharp's own limit (16383 × 16383): above it Astro cannot resize the photo and would
 * publish the original as it is, camera and GPS data included, so it is refused.
 */
export const SHARP_MAX_PIXELS = 0x3fff * 0x3fff;

const DECODED = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const HEIC = /\.(heic|heif)$/i;
/** The brands an ISO media file (`ftyp` box) of HEIC/HEIF declares first; AVIF declares `avif`. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

/** Whether a file starts as a HEIC/HEIF photo does, whatever its name. */
function isHeicFile(absolute: string): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(absolute, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('latin1', 4, 8) === 'ftyp' && HEIC_BRANDS.has(head.toString('latin1', 8, 12));
}

/** iPhones save HEIC, which browsers and sharp's own libvips cannot show: say how to get a JPEG. */
function heicProblem(file: string, renamed: boolean): ContentProblem {
  return {
    file,
    field: '(tệp ảnh)',
    found: `ảnh HEIC (định dạng của iPhone)${renamed ? ' dù tên tệp có đuôi ảnh khác' : ''}, trình duyệt không hiển thị được`,
    expected:
      'ảnh JPEG: trên iPhone chọn Cài đặt → Camera → Định dạng → "Tương thích nhất" rồi chụp lại, hoặc gửi ảnh qua Zalo/thư điện tử (ảnh được đổi sang JPEG), hoặc mở ảnh bằng Photos trên Windows và chọn "Lưu thành" JPEG; rồi đặt tệp .jpg vào chỗ tệp này',
  };
}

/** What decoded a photo: a cached "decodes whole" holds for the same bytes and the same libvips. */
const DECODER = `libvips ${sharp.versions.vips}`;

/**
 * Decodes every image of the content tree to the last pixel: a truncated
 * JPEG or random bytes named `.jpg` are refused here, naming the file,
 * instead of publishing half grey or failing the build in English. Photos
 * larger than the guide allows get a warning (the build scales them down);
 * one too large to scale down is refused, before it is decoded. HEIC photos (iPhone) are refused with how to convert them.
 * With a cache, a photo whose bytes decoded whole in an earlier build is not decoded again
 * (it was most of a warm build's content check); a refused one is always checked again.
 */
export async function imageReview(contentDir: string, files: readonly string[], display: (absolute: string) => string, cache?: DerivedCache) {
  const reviewOne = async (relativePath: string) => {
    const problems: ContentProblem[] = [];
    const warnings: ContentProblem[] = [];
    const absolute = join(contentDir, relativePath);
    const file = display(absolute);
    if (HEIC.test(relativePath)) {
      problems.push(heicProblem(file, false));
      return { problems, warnings };
    }
    if (!DECODED.test(relativePath)) return { problems, warnings };
    try {
      // A photo these same bytes were decoded from in an earlier build is whole: only its size is needed.
      const key = cache && hashKey(DECODER, await readFile(absolute));
      const known = key ? await cache.readJson<{ width: number; height: number }>(key) : undefined;
      const image = sharp(absolute, { failOn: 'truncated', limitInputPixels: false });
      const { width = 0, height = 0 } = known ?? (await image.metadata());
      if (width * height > SHARP_MAX_PIXELS) {
        problems.push({
          file,
          field: '(tệp ảnh)',
          found: `ảnh ${width} × ${height} điểm ảnh, quá lớn để trang thu nhỏ được (tối đa ${Math.floor(SHARP_MAX_PIXELS / 1_000_000)} triệu điểm ảnh)`,
          expected: `ảnh dưới ${PHOTO_MAX_PIXELS / 1_000_000} triệu điểm ảnh: mở ảnh bằng phần mềm xem ảnh, chọn đổi cỡ (Resize) với cạnh dài 6.000 điểm ảnh, lưu thành JPEG rồi thay tệp này`,
        });
        return { problems, warnings };
      }
      if (!known) {
        await image.raw().toBuffer();
        if (key) await cache.writeJson(key, { width, height });
      }
      const bytes = statSync(absolute).size;
      if (bytes > PHOTO_MAX_BYTES || width * height > PHOTO_MAX_PIXELS) {
        warnings.push({
          file,
          field: '(tệp ảnh)',
          found: `ảnh ${width} × ${height} điểm ảnh, ${formatFileSize(bytes)}`,
          expected: `ảnh dưới ${formatFileSize(PHOTO_MAX_BYTES)} và dưới ${PHOTO_MAX_PIXELS / 1_000_000} triệu điểm ảnh (trang đã tự thu nhỏ ảnh khi đăng; nên thu nhỏ tệp gốc để kho lưu trữ không nặng thêm)`,
        });
      }
    } catch {
      // A HEIC photo renamed .jpg fails to decode like a broken one; it needs converting, not copying again.
      if (isHeicFile(absolute)) {
        problems.push(heicProblem(file, true));
        return { problems, warnings };
      }
      problems.push({
        file,
        field: '(tệp ảnh)',
        found: 'tệp ảnh hỏng hoặc không đầy đủ (không đọc được đến hết)',
        expected: 'chép lại tệp ảnh gốc từ máy ảnh hoặc máy tính, mở thử để chắc ảnh hiện đủ, rồi thay tệp này',
      });
    }
    return { problems, warnings };
  };
  // As many photos at once as there are cores; the report keeps the files' order.
  const results = await mapPool(files, availableParallelism(), reviewOne);
  return { problems: results.flatMap((result) => result.problems), warnings: results.flatMap((result) => result.warnings) };
}

/** The photos an album's `index.md` lists, lower-cased, read leniently: the schema check reports what is wrong. */
function listedPhotos(indexFile: string): Set<string> | null {
  const frontMatter = splitFrontMatter(readFileSync(indexFile, 'utf8'), 'markdown');
  try {
    const data = parse(frontMatter?.yaml ?? '') as { photos?: unknown; cover?: unknown } | null;
    const photos = Array.isArray(data?.photos) ? data.photos : [];
    const names = photos.map((photo: unknown) => (photo as { file?: unknown } | null)?.file).filter((name): name is string => typeof name === 'string');
    if (typeof data?.cover === 'string') names.push(data.cover);
    // `anh-1.JPG` written for `anh-1.jpg` is reported by the schema check with the right name; not here again.
    return new Set(names.map((name) => name.toLowerCase()));
  } catch {
    return null;
  }
}

/** A photo in an album's folder that its `photos:` does not list is left out of the album: say so. */
export function unlistedAlbumPhotos(
  contentDir: string,
  files: readonly string[],
  albumFolder: string,
  display: (absolute: string) => string,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const byAlbum = new Map<string, string[]>();
  for (const path of files) {
    const parts = path.split('/');
    if (parts[0] !== albumFolder || parts.length !== 3 || !(DECODED.test(path) || HEIC.test(path))) continue;
    const album = posix.join(parts[0], parts[1]!);
    byAlbum.set(album, [...(byAlbum.get(album) ?? []), parts[2]!]);
  }
  for (const [album, photos] of byAlbum) {
    const index = join(contentDir, album, 'index.md');
    if (!files.includes(posix.join(album, 'index.md'))) continue;
    const listed = listedPhotos(index);
    if (!listed) continue;
    for (const photo of photos.filter((name) => !listed.has(name.toLowerCase()))) {
      warnings.push({
        file: display(join(contentDir, album, photo)),
        field: '(ảnh trong album)',
        found: `ảnh "${photo}" nằm trong thư mục album nhưng không có trong danh sách photos của ${posix.join(album, 'index.md')}, nên không được đăng`,
        expected: `thêm ảnh vào photos (dòng "- file: ${photo}" và "alt: …"), hoặc xóa tệp nếu không dùng`,
      });
    }
  }
  return warnings;
}

/** The same number/symbol written on two documents: citizens could not tell which is meant. */
export function duplicateDocumentNumbers(documentFiles: readonly { absolute: string; shown: string }[]): ContentProblem[] {
  const owners = new Map<string, string[]>();
  const written = new Map<string, string>();
  for (const { absolute, shown } of documentFiles) {
    const frontMatter = splitFrontMatter(readFileSync(absolute, 'utf8'), 'markdown');
    let number: unknown;
    try {
      number = (parse(frontMatter?.yaml ?? '') as { number?: unknown } | null)?.number;
    } catch {
      continue;
    }
    if (typeof number !== 'string' || !number.trim()) continue;
    const key = number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
    owners.set(key, [...(owners.get(key) ?? []), shown]);
    written.set(key, number.trim());
  }
  return [...owners].flatMap(([key, shownPaths]) =>
    shownPaths.length < 2
      ? []
      : shownPaths.map((shown) => ({
          file: shown,
          field: 'number',
          found: `"${written.get(key)}", trùng số với ${shownPaths.filter((other) => other !== shown).join(', ')}`,
          expected: 'mỗi văn bản một số/ký hiệu riêng: kiểm tra lại số trên bản giấy; nếu hai tệp là cùng một văn bản, xóa một tệp',
        })),
  );
}
