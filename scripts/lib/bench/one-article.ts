import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownFile } from '../demo/entries';
import { renderJpeg } from '../demo/media';

const SLUG = 'bai-moi-do-hieu-nang-nam-anh';
const PHOTOS = 5;

/**
 * The change a typical pull request makes: one news article with five new
 * photos (a cover and four in the text), added to a corpus, as staff would
 * write it. Returns how to take it out again, so the corpus stays as generated.
 */
export async function addArticleWithPhotos(contentDir: string, day = '2026-11-30'): Promise<() => void> {
  const folder = join(contentDir, 'tin-tuc', day.slice(0, 4));
  mkdirSync(folder, { recursive: true });
  const photos = Array.from({ length: PHOTOS }, (_, index) => `${SLUG}-${index + 1}.jpg`);
  await Promise.all(
    photos.map(async (file, index) => writeFileSync(join(folder, file), await renderJpeg({ width: 1600, height: 1067, seed: 90_000 + index }))),
  );
  const body = [
    'Sở Ngoại vụ tỉnh Sơn La tổ chức hội nghị tổng kết công tác đối ngoại, với sự tham dự của đại diện các sở, ngành và địa phương.',
    ...photos.slice(1).map((file, index) => `![Ảnh ${index + 2} của hội nghị tổng kết công tác đối ngoại](./${file})`),
  ].join('\n\n');
  const article = join(folder, `${SLUG}.md`);
  writeFileSync(
    article,
    markdownFile(
      {
        title: 'Hội nghị tổng kết công tác đối ngoại (bài đo hiệu năng)',
        date: day,
        category: 'Hợp tác quốc tế',
        summary: 'Bài mới có năm ảnh, thêm vào để đo thời gian dựng trang sau một thay đổi.',
        cover: photos[0],
        coverAlt: 'Toàn cảnh hội nghị tổng kết công tác đối ngoại',
        author: 'Phòng Quản lý biên giới',
      },
      body,
    ),
  );
  return () => {
    for (const file of [article, ...photos.map((file) => join(folder, file))]) rmSync(file, { force: true });
  };
}
