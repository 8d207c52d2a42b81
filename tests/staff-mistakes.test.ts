import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { entryText, TEMPLATES } from '../scripts/lib/authoring/entry-templates';
import { DerivedCache } from '../src/lib/build/derived-cache';
import { reviewContent } from '../src/lib/checks/content-check';
import { formatProblem } from '../src/lib/checks/problem';
import { VALID_TREE, article, writeTree } from './helpers/content-tree';

/** Reviews the valid tree plus `changes`; returns messages and warnings and the folder. */
async function review(changes: Record<string, string | Buffer>) {
  const dir = writeTree({ ...VALID_TREE, ...changes });
  const { problems, warnings } = await reviewContent(dir, dir);
  return { dir, messages: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}

const photo = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .jpeg()
    .toBuffer();

describe('photos are decoded before they are published', () => {
  it('a truncated JPEG is refused, naming the file', async () => {
    const whole = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#2a6' } })
      .jpeg()
      .toBuffer();
    const { messages } = await review({
      'tin-tuc/hop-bao.md': article({ cover: 'anh.jpg', coverAlt: 'Toàn cảnh' }),
      'tin-tuc/anh.jpg': whole.subarray(0, Math.floor(whole.length / 2)),
    });
    expect(messages).toEqual([
      'tin-tuc/anh.jpg — trường "(tệp ảnh)": nhận được tệp ảnh hỏng hoặc không đầy đủ (không đọc được đến hết); cần chép lại tệp ảnh gốc từ máy ảnh hoặc máy tính, mở thử để chắc ảnh hiện đủ, rồi thay tệp này.',
    ]);
  });

  it('random bytes named .jpg are refused, naming the file', async () => {
    const { messages } = await review({
      'tin-tuc/hop-bao.md': article({ cover: 'anh.jpg', coverAlt: 'Toàn cảnh' }),
      'tin-tuc/anh.jpg': Buffer.from('not a photo at all'),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^tin-tuc\/anh\.jpg — trường "\(tệp ảnh\)": nhận được tệp ảnh hỏng/);
  });

  it('a HEIC photo gets how to convert it', async () => {
    const { messages } = await review({ 'tin-tuc/anh.heic': Buffer.from('x') });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('tin-tuc/anh.heic — trường "(tệp ảnh)": nhận được ảnh HEIC');
    expect(messages[0]).toContain('"Tương thích nhất"');
  });

  it('a HEIC photo renamed .jpg is told it is HEIC and how to convert it, not that it is broken', async () => {
    // The first bytes of an iPhone photo: an ISO media `ftyp` box of brand `heic`.
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
    const { messages } = await review({ 'tin-tuc/hop-bao.md': article({ cover: 'anh.jpg', coverAlt: 'Toàn cảnh' }), 'tin-tuc/anh.jpg': heic });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('tin-tuc/anh.jpg — trường "(tệp ảnh)": nhận được ảnh HEIC (định dạng của iPhone) dù tên tệp có đuôi ảnh khác');
    expect(messages[0]).toContain('Cài đặt → Camera → Định dạng → "Tương thích nhất"');
  });

  it('a photo above the pixel limit gets a warning and still publishes', async () => {
    const big = await sharp({ create: { width: 6400, height: 4000, channels: 3, background: '#2a6' } })
      .jpeg({ quality: 20 })
      .toBuffer();
    const { messages, warnings } = await review({ 'tin-tuc/hop-bao.md': article({ cover: 'anh.jpg', coverAlt: 'Toàn cảnh' }), 'tin-tuc/anh.jpg': big });
    expect(messages).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tin-tuc\/anh\.jpg — trường "\(tệp ảnh\)": nhận được ảnh 6400 × 4000 điểm ảnh/);
  });

  it('a photo above 10 MB gets a warning naming the file, and still publishes', async () => {
    // Stored without compression: 1900 × 1900 × 3 bytes, about 10.3 MiB, yet only 3.6 million pixels.
    const heavy = await sharp({ create: { width: 1900, height: 1900, channels: 3, background: '#2a6' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const { messages, warnings } = await review({ 'tin-tuc/hop-bao.md': article({ cover: 'anh.png', coverAlt: 'Toàn cảnh' }), 'tin-tuc/anh.png': heavy });
    expect(messages).toEqual([]);
    expect(warnings).toEqual([
      'tin-tuc/anh.png — trường "(tệp ảnh)": nhận được ảnh 1900 × 1900 điểm ảnh, 10,3 MB; cần ảnh dưới 10,0 MB và dưới 24 triệu điểm ảnh (trang đã tự thu nhỏ ảnh khi đăng; nên thu nhỏ tệp gốc để kho lưu trữ không nặng thêm).',
    ]);
  });

  it('a photo too large for the build to scale down is refused, naming the file and its size', async () => {
    // A PNG whose header says 20000 × 20000 (400 million pixels): refused from its header, never decoded.
    const png = Buffer.from(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a6' } })
        .png()
        .toBuffer(),
    );
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const { messages } = await review({ 'tin-tuc/hop-bao.md': article({ cover: 'anh.png', coverAlt: 'Toàn cảnh' }), 'tin-tuc/anh.png': png });
    expect(messages).toEqual([
      'tin-tuc/anh.png — trường "(tệp ảnh)": nhận được ảnh 20000 × 20000 điểm ảnh, quá lớn để trang thu nhỏ được (tối đa 268 triệu điểm ảnh); cần ảnh dưới 24 triệu điểm ảnh: mở ảnh bằng phần mềm xem ảnh, chọn đổi cỡ (Resize) với cạnh dài 6.000 điểm ảnh, lưu thành JPEG rồi thay tệp này.',
    ]);
  });

  it('a photo in an album folder that photos: does not list is a warning naming it', async () => {
    const album = '---\ntitle: Hội nghị\ndate: 2025-01-02\nsummary: Ảnh.\nphotos:\n  - file: a.jpg\n    alt: Toàn cảnh\n---\n';
    const { messages, warnings } = await review({
      'album-anh/hoi-nghi/index.md': album,
      'album-anh/hoi-nghi/a.jpg': await photo(),
      'album-anh/hoi-nghi/b.jpg': await photo(),
    });
    expect(messages).toEqual([]);
    expect(warnings).toEqual([
      'album-anh/hoi-nghi/b.jpg — trường "(ảnh trong album)": nhận được ảnh "b.jpg" nằm trong thư mục album nhưng không có trong danh sách photos của album-anh/hoi-nghi/index.md, nên không được đăng; cần thêm ảnh vào photos (dòng "- file: b.jpg" và "alt: …"), hoặc xóa tệp nếu không dùng.',
    ]);
  });
  it('an album photo written .JPG when the file is .jpg is told the right name, once', async () => {
    const album = '---\ntitle: Hội nghị\ndate: 2025-01-02\nsummary: Ảnh.\nphotos:\n  - file: Anh-1.JPG\n    alt: Toàn cảnh\n---\n';
    const { messages, warnings } = await review({ 'album-anh/hoi-nghi/index.md': album, 'album-anh/hoi-nghi/anh-1.jpg': await photo() });
    expect(messages).toEqual([
      'album-anh/hoi-nghi/index.md:6 — trường "photos (mục thứ 1).file": nhận được "Anh-1.JPG"; cần viết đúng tên tệp "anh-1.jpg" (trong thư mục có tệp này; tên tệp phân biệt chữ hoa, chữ thường): không tìm thấy album-anh/hoi-nghi/Anh-1.JPG.',
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('mistakes that used to publish are refused', () => {
  /** Every example value each template writes (scripts/lib/authoring/entry-templates.ts), by the field it stands in. */
  const EXAMPLES: Record<string, string[]> = {
    'tin-tuc': ['summary', 'coverAlt', '(nội dung bài)'],
    'van-ban': ['number', '(nội dung bài)'],
    'thu-tuc-hanh-chinh': ['code', 'portalUrl', 'legalBasis (mục thứ 1).title', '(nội dung bài)'],
    'hoi-dap': ['answer', '(nội dung bài)'],
    'lich-cong-tac': ['(nội dung bài)'],
    'album-anh': ['summary', 'photos (mục thứ 1).alt', 'photos (mục thứ 2).alt', '(nội dung bài)'],
    video: ['summary', 'source.youtube', 'posterAlt', '(nội dung bài)'],
    'gioi-thieu': ['summary', '(nội dung bài)'],
    'lanh-dao': ['(nội dung bài)'],
    'gioi-thieu/en': ['summary', '(nội dung bài)'],
    'lanh-dao/en': ['(nội dung bài)'],
  };

  it('every template has its list of examples here', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(TEMPLATES).sort());
  });

  it.each(Object.keys(TEMPLATES))('an entry `npm run new` wrote for %s, left unchanged, is refused once for each example value', async (folder) => {
    const files = folder.startsWith('album-anh')
      ? ['anh-1.jpg', 'anh-2.jpg']
      : folder.startsWith('lanh-dao') || folder === 'video' || folder === 'tin-tuc'
        ? ['anh.jpg']
        : [];
    const text = entryText(folder, { title: 'Hội nghị hợp tác', today: '2025-03-01', order: 3, files });
    const path = folder === 'album-anh' ? 'album-anh/hoi-nghi/index.md' : `${folder}/hoi-nghi.md`;
    const dirOf = path.slice(0, path.lastIndexOf('/'));
    const images = Object.fromEntries(await Promise.all(files.map(async (file) => [`${dirOf}/${file}`, await photo()] as const)));
    const dir = writeTree({ ...VALID_TREE, [path]: text, ...images });
    const { problems } = await reviewContent(dir, dir);
    const placeholders = problems.filter((problem) => /\((giá trị|câu) mẫu do lệnh tạo bài viết sẵn\)$/.test(problem.found ?? ''));
    expect(placeholders.map((problem) => problem.field).sort(), problems.map(formatProblem).join('\n')).toEqual([...EXAMPLES[folder]!].sort());
    expect(placeholders.every((problem) => problem.file === path && problem.line !== undefined)).toBe(true);
  });

  it("the album template's photo descriptions are named one by one", async () => {
    const text = entryText('album-anh', { title: 'Hội nghị', today: '2025-03-01', order: 1, files: ['a.jpg', 'b.jpg'] });
    const { messages } = await review({
      'album-anh/hoi-nghi/index.md': text,
      'album-anh/hoi-nghi/a.jpg': await photo(),
      'album-anh/hoi-nghi/b.jpg': await photo(),
    });
    expect(messages).toContain(
      'album-anh/hoi-nghi/index.md:16 — trường "photos (mục thứ 2).alt": nhận được "Mô tả ảnh 2" (giá trị mẫu do lệnh tạo bài viết sẵn); cần thay giá trị mẫu bằng nội dung thật của bài.',
    );
  });

  it('a document number used twice is refused, naming both files', async () => {
    const doc = (summary: string) =>
      `---\nnumber: 125/QĐ-UBND\ntype: Quyết định\nissuer: UBND tỉnh\nfield: Đối ngoại\nissued: 2024-05-10\nsummary: ${summary}\n---\n`;
    const { messages } = await review({ 'van-ban/qd-125.md': doc('Quy chế.'), 'van-ban/qd-125-quy-che.md': doc('Quy chế đoàn ra.') });
    expect(messages).toEqual([
      'van-ban/qd-125-quy-che.md — trường "number": nhận được "125/QĐ-UBND", trùng số với van-ban/qd-125.md; cần mỗi văn bản một số/ký hiệu riêng: kiểm tra lại số trên bản giấy; nếu hai tệp là cùng một văn bản, xóa một tệp.',
      'van-ban/qd-125.md — trường "number": nhận được "125/QĐ-UBND", trùng số với van-ban/qd-125-quy-che.md; cần mỗi văn bản một số/ký hiệu riêng: kiểm tra lại số trên bản giấy; nếu hai tệp là cùng một văn bản, xóa một tệp.',
    ]);
  });
});

describe('messages a staff member can act on', () => {
  it('decomposed Unicode is rewritten as composed, with a warning naming the file', async () => {
    const decomposed = article({ category: 'Hoạt động đối ngoại'.normalize('NFD') });
    const { dir, messages, warnings } = await review({ 'tin-tuc/hop-bao.md': decomposed });
    expect(messages).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tin-tuc\/hop-bao\.md — trường "\(bảng mã\)": nhận được chữ gõ bằng bảng mã "Unicode tổ hợp"/);
    expect(readFileSync(join(dir, 'tin-tuc/hop-bao.md'), 'utf8')).toBe(decomposed.normalize('NFC'));
  });

  it('after a YAML error in a document, its declared attachment is not reported as undeclared', async () => {
    const doc =
      '---\nnumber: 1/QĐ\ntype: Quyết định\n  issuer: "UBND tỉnh\nfield: Đối ngoại\nissued: 2024-05-10\nsummary: Quy chế.\nfiles:\n  - qd-1.pdf\n---\n\nXem [toàn văn](./qd-1.pdf).\n';
    const { messages } = await review({ 'van-ban/qd-1.md': doc, 'van-ban/qd-1.pdf': '%PDF-1.4\n' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^van-ban\/qd-1\.md:3: nhận được lỗi cú pháp YAML/);
  });

  it('a picture in the body written ./Anh-1.JPG when the file is anh-1.jpg is told the right name', async () => {
    const { messages } = await review({ 'tin-tuc/hop-bao.md': article({}, '![Toàn cảnh](./Anh-1.JPG)'), 'tin-tuc/anh-1.jpg': await photo() });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(ảnh trong bài)": nhận được "./Anh-1.JPG"; cần viết đúng tên tệp "anh-1.jpg" (trong thư mục có tệp này; tên tệp phân biệt chữ hoa, chữ thường).',
    ]);
  });

  it('a cover named .JPG when the file is .jpg is told the right name', async () => {
    const { messages } = await review({ 'tin-tuc/hop-bao.md': article({ cover: 'anh-bia.JPG', coverAlt: 'Toàn cảnh' }), 'tin-tuc/anh-bia.jpg': await photo() });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:7 — trường "cover": nhận được "anh-bia.JPG"; cần viết đúng tên tệp "anh-bia.jpg" (trong thư mục có tệp này; tên tệp phân biệt chữ hoa, chữ thường): không tìm thấy tin-tuc/anh-bia.JPG.',
    ]);
  });
});

describe('a check that remembers what it read between builds', () => {
  it('finds the same mistakes as a first check, each in its own file, and one made since', async () => {
    const sameText = article({ summary: 'Tóm tắt ngắn nội dung bài viết.' }, 'Xem [văn bản](/van-ban/khong-co/).\n\n<script>alert(1)</script>');
    const dir = writeTree({
      ...VALID_TREE,
      'tin-tuc/mau-mot.md': sameText,
      'tin-tuc/2024/mau-hai.md': sameText,
      'gioi-thieu/lich-su.mdx': '---\ntitle: Lịch sử\norder: 1\nsummary: Lịch sử của Sở.\n---\n\nNăm {2025 - 1}.\n',
    });
    const caches = mkdtempSync(join(tmpdir(), 'check-cache-'));
    const cache = (kind: string) => new DerivedCache(join(caches, kind));
    const first = await reviewContent(dir, dir);
    expect(first.problems.length).toBeGreaterThan(6);
    expect(await reviewContent(dir, dir, { cache })).toEqual(first);
    expect(await reviewContent(dir, dir, { cache })).toEqual(first);
    expect(readdirSync(join(caches, 'content-check')).length).toBeGreaterThan(0);

    writeFileSync(join(dir, 'tin-tuc/2024/mau-hai.md'), article({}, '![](./khong-co.jpg)'));
    const messages = (await reviewContent(dir, dir, { cache })).problems.map(formatProblem);
    expect(messages.filter((message) => message.startsWith('tin-tuc/2024/mau-hai.md'))).toEqual([
      'tin-tuc/2024/mau-hai.md:9 — trường "(ảnh trong bài)": nhận được "./khong-co.jpg"; cần một tệp ảnh có thật, đặt cạnh tệp Markdown.',
      'tin-tuc/2024/mau-hai.md:9 — trường "(ảnh trong bài)": nhận được "./khong-co.jpg"; cần mô tả ảnh trong ngoặc vuông: ![Mô tả ảnh](./ten-anh.jpg).',
    ]);
  });
});
