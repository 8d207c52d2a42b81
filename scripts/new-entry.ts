/**
 * Creates a new content entry from its title (`npm run new`):
 *
 *   npm run new -- tin-tuc "Đoàn công tác tỉnh Sơn La thăm tỉnh Bò Kẹo" [anh-bia.jpg]
 *   npm run new -- album-anh "Hội nghị hợp tác" anh-1.jpg anh-2.jpg
 *   npm run new -- thu-tuc-hanh-chinh "Cho phép tổ chức hội nghị quốc tế" mau-don.docx
 *   npm run new -- lich-cong-tac "Tuần 49 năm 2026"
 *   npm run new -- gioi-thieu/en "Chức năng, nhiệm vụ"   (English version of that page: gioi-thieu/en/chuc-nang-nhiem-vu.md)
 *
 * The file is named with the ASCII slug of the title and holds every field,
 * explained in Vietnamese, with today's date and example values to replace.
 * Exits non-zero, saying why, when the collection is unknown or the slug taken.
 */
import { relative } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content/collections';
import { toIsoDay } from '../src/lib/shared/dates';
import { createEntry, NewEntryError } from './lib/authoring/new-entry';

const [folder, title, ...files] = process.argv.slice(2);
try {
  if (!folder || !title) {
    throw new NewEntryError(
      'Cách dùng: npm run new -- <mục> "<tiêu đề>" [tệp ảnh hoặc tệp đính kèm…]; mục là tin-tuc, van-ban, thu-tuc-hanh-chinh (kèm mẫu đơn), hoi-dap, lich-cong-tac, album-anh, video, gioi-thieu hoặc lanh-dao; bản tiếng Anh: gioi-thieu/en hoặc lanh-dao/en, với tiêu đề (hoặc tên tệp) của trang tiếng Việt.',
    );
  }
  const { entryPath, copied } = createEntry({ contentDir: CONTENT_DIR, folder, title, files, today: toIsoDay(new Date()) });
  console.log(`Đã tạo ${relative(process.cwd(), entryPath)}`);
  for (const file of copied) console.log(`  kèm ${relative(process.cwd(), file)}`);
  console.log('Mở tệp, thay các giá trị mẫu, viết nội dung, rồi chạy "npm run check".');
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.error(error.message);
  process.exit(1);
}
