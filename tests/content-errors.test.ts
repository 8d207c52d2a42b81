import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/content-check';
import { formatProblem } from '../src/lib/checks/problem';
import { EXPECTED_DATE } from '../src/schemas/fields';
import { TINY_IMAGE, VALID_TREE, article, writeTree } from './helpers/content-tree';

/** Checks a tree made of the valid one plus `changes`, and returns the messages. */
async function messagesFor(changes: Record<string, string | Buffer>, remove: string[] = []) {
  const files = { ...VALID_TREE, ...changes };
  for (const path of remove) delete files[path];
  const dir = writeTree(files);
  const problems = await checkContent(dir, dir);
  return { problems, messages: problems.map(formatProblem) };
}

describe('content check: each problem staff can make gets one message naming file, field, found and expected', () => {
  it('accepts the valid tree', async () => {
    expect((await messagesFor({})).messages).toEqual([]);
  });

  it('malformed front matter: names the line of the YAML error', async () => {
    const broken = '---\ntitle: Họp báo\ndate: 2025-03-01\n  category: "Thông báo\n---\n\nNội dung.\n';
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': broken });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:3: nhận được lỗi cú pháp YAML: dòng thụt lề sai, hoặc giá trị tràn sang dòng sau; cần phần khai báo viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu ":" đặt trong ngoặc kép.',
    ]);
  });

  it('a field written twice', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ title: 'A\ntitle: B' }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^tin-tuc\/hop-bao\.md:3: nhận được lỗi cú pháp YAML: một trường được khai báo hai lần;/);
  });

  it('no front matter at all', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': '# Họp báo\n\nNội dung.\n' });
    expect(messages).toEqual(['tin-tuc/hop-bao.md:1; cần tệp bắt đầu bằng phần khai báo (front matter): một dòng "---", các trường, rồi một dòng "---".']);
  });

  it('empty front matter lists each missing field', async () => {
    const { problems } = await messagesFor({ 'tin-tuc/hop-bao.md': '---\n---\n\nNội dung.\n' });
    expect(problems.map((p) => p.field)).toEqual(['title', 'date', 'category', 'summary', 'author']);
  });

  it('an effective date before the issue date', async () => {
    const doc = '---\nnumber: 1/QĐ\ntype: Quyết định\nissuer: UBND tỉnh\nfield: Đối ngoại\nissued: 2024-05-10\neffective: 2024-05-01\nsummary: Quy chế.\n---\n';
    const { messages } = await messagesFor({ 'van-ban/qd-1.md': doc });
    expect(messages).toEqual(['van-ban/qd-1.md:7 — trường "effective": nhận được "2024-05-01"; cần ngày hiệu lực không sớm hơn ngày ban hành.']);
  });

  it('a draft for comment without its comment period, and a comment period on another type', async () => {
    const head = (number: string) => `---\nnumber: ${number}\nissuer: Sở Ngoại vụ\nfield: Đối ngoại\nissued: 2024-05-10\nsummary: Dự thảo quy chế.\n`;
    const { messages } = await messagesFor({
      'van-ban/dt-1.md': `${head('1/DT')}type: Dự thảo lấy ý kiến\n---\n`,
      'van-ban/qd-2.md': `${head('2/QĐ')}type: Quyết định\ncomment:\n  deadline: 2024-05-30\n  how: Gửi thư.\n---\n`,
    });
    expect(messages).toEqual([
      'van-ban/dt-1.md — trường "comment": nhận được (không có); cần mục comment, gồm hạn góp ý (deadline) và cách góp ý (how), cho một dự thảo lấy ý kiến.',
      'van-ban/qd-2.md:9 — trường "comment": nhận được {"deadline":"2024-05-30","how":"Gửi thư."}; cần bỏ mục comment: mục này chỉ dùng cho loại "Dự thảo lấy ý kiến".',
    ]);
  });

  it('a time without its zone, which Astro would read as UTC', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ date: '2025-03-01T23:30:00' }) });
    expect(messages).toEqual([`tin-tuc/hop-bao.md:3 — trường "date": nhận được "2025-03-01T23:30:00"; cần ${EXPECTED_DATE}.`]);
  });

  it('a misspelt field: one message, on its line, naming the field meant (not a second one saying that field is missing)', async () => {
    const text = article({ title: undefined, tittle: 'Họp báo' });
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': text });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:6 — trường "tittle": nhận được "Họp báo"; cần đổi tên trường "tittle" thành "title" (có lẽ gõ nhầm: mẫu không có trường "tittle"; các trường của mẫu: title, date, category, summary, cover, coverAlt, author, source, updated, featured).',
    ]);
  });

  it('an unknown field nothing resembles: told to remove it or use a field of the template', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ luotxem: '120' }) });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:7 — trường "luotxem": nhận được 120; cần xóa trường "luotxem", hoặc đổi tên thành một trường của mẫu: title, date, category, summary, cover, coverAlt, author, source, updated, featured.',
    ]);
  });

  it('impossible date 2025-02-31', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ date: '2025-02-31' }) });
    expect(messages).toEqual([`tin-tuc/hop-bao.md:3 — trường "date": nhận được "2025-02-31"; cần ${EXPECTED_DATE}.`]);
  });

  it('missing required field', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ summary: undefined }) });
    expect(messages).toEqual(['tin-tuc/hop-bao.md — trường "summary": nhận được (không có); cần một đoạn chữ.']);
  });

  it('a value outside the allowed list names the allowed values', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({ category: 'Tin tức' }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('trường "category": nhận được "Tin tức"; cần một trong các giá trị: "Hoạt động đối ngoại", "Hợp tác quốc tế"');
  });

  it('duplicate slug in two year folders: both files named', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/2024/hop-bao.md': article({}), 'tin-tuc/2025/hop-bao.md': article({ date: '2025-04-02' }) }, [
      'tin-tuc/hop-bao.md',
    ]);
    expect(messages).toEqual([
      'tin-tuc/2024/hop-bao.md — trường "(tên tệp)": nhận được slug "hop-bao" trùng với tin-tuc/2025/hop-bao.md; cần mỗi bài một tên tệp riêng (slug là tên tệp, không tính thư mục năm).',
      'tin-tuc/2025/hop-bao.md — trường "(tên tệp)": nhận được slug "hop-bao" trùng với tin-tuc/2024/hop-bao.md; cần mỗi bài một tên tệp riêng (slug là tên tệp, không tính thư mục năm).',
    ]);
  });

  it('file name with diacritics: suggests the folded ASCII name', async () => {
    const page = '---\ntitle: Lịch sử đối ngoại\nsummary: Tóm tắt.\norder: 2\n---\n\nNội dung.\n';
    const { messages } = await messagesFor({ 'gioi-thieu/lịch-sử-đối-ngoại.md': page });
    expect(messages).toEqual([
      'gioi-thieu/lịch-sử-đối-ngoại.md — trường "(tên tệp)": nhận được "lịch-sử-đối-ngoại.md"; cần đổi tên tệp thành "lich-su-doi-ngoai.md" (tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang).',
    ]);
  });

  it('an attachment named with diacritics: the ASCII name to use, and its old name kept as the title citizens read', async () => {
    const { messages } = await messagesFor({ 'van-ban/Quy chế đoàn ra.pdf': '%PDF-1.4\n' });
    expect(messages).toEqual([
      'van-ban/Quy chế đoàn ra.pdf — trường "(tên tệp)": nhận được "Quy chế đoàn ra.pdf"; cần đổi tên tệp thành "quy-che-doan-ra.pdf" (tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang); giữ tên có dấu làm tên hiện trên trang: trong "files" ghi "- file: quy-che-doan-ra.pdf" và "title: Quy chế đoàn ra".',
    ]);
  });

  it('image that does not exist', async () => {
    const text = article({ cover: 'anh-bia.jpg', coverAlt: 'Đoàn đại biểu' });
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': text });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:7 — trường "cover": nhận được "anh-bia.jpg"; cần một tệp có thật cạnh tệp Markdown: không tìm thấy tin-tuc/anh-bia.jpg.',
    ]);
  });

  it('images missing in two folders of one section: each named in its own folder', async () => {
    const { messages } = await messagesFor(
      {
        'tin-tuc/2024/hop-bao.md': article({ cover: 'anh-bia.jpg', coverAlt: 'Đoàn đại biểu' }),
        'tin-tuc/2025/gap-mat.md': article({ cover: 'anh-bia.jpg', coverAlt: 'Đoàn đại biểu', date: '2025-04-02' }),
      },
      ['tin-tuc/hop-bao.md'],
    );
    expect(messages).toEqual([
      'tin-tuc/2024/hop-bao.md:7 — trường "cover": nhận được "anh-bia.jpg"; cần một tệp có thật cạnh tệp Markdown: không tìm thấy tin-tuc/2024/anh-bia.jpg.',
      'tin-tuc/2025/gap-mat.md:7 — trường "cover": nhận được "anh-bia.jpg"; cần một tệp có thật cạnh tệp Markdown: không tìm thấy tin-tuc/2025/anh-bia.jpg.',
    ]);
  });

  it('attachment that does not exist, and one of a type that is not allowed', async () => {
    const doc = [
      '---',
      'number: 12/2024/QĐ-UBND',
      'type: Quyết định',
      'issuer: UBND tỉnh Sơn La',
      'field: Hợp tác quốc tế',
      'issued: 2024-05-10',
      'summary: Ban hành quy chế.',
      'files:',
      '  - qd-12.pdf',
      '  - file: anh.jpg',
      '---',
      '',
    ].join('\n');
    const { messages } = await messagesFor({ 'van-ban/qd-12.md': doc, 'van-ban/anh.jpg': TINY_IMAGE });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe(
      'van-ban/qd-12.md:9 — trường "files (mục thứ 1)": nhận được "qd-12.pdf"; cần một tệp có thật cạnh tệp Markdown: không tìm thấy van-ban/qd-12.pdf.',
    );
    expect(messages[1]).toBe(
      'van-ban/qd-12.md:10 — trường "files (mục thứ 2).file": nhận được "anh.jpg"; cần tên tệp PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ODS nằm cạnh tệp Markdown.',
    );
  });

  it('photo without alt text in an album names the photo', async () => {
    const album = '---\ntitle: Hội nghị\ndate: 2025-01-02\nsummary: Ảnh.\nphotos:\n  - file: a.jpg\n    alt: Toàn cảnh\n  - file: b.jpg\n---\n';
    const { messages } = await messagesFor({
      'album-anh/hoi-nghi/index.md': album,
      'album-anh/hoi-nghi/a.jpg': TINY_IMAGE,
      'album-anh/hoi-nghi/b.jpg': TINY_IMAGE,
    });
    expect(messages).toEqual(['album-anh/hoi-nghi/index.md:8 — trường "photos (mục thứ 2).alt": nhận được (không có); cần một đoạn chữ.']);
  });

  it('a cover without its description, and a portrait without its description', async () => {
    const leader = '---\nname: Lò Văn A\nposition: Phó Giám đốc\norder: 2\nphoto: lo-van-a.jpg\n---\n';
    const { messages } = await messagesFor({
      'tin-tuc/hop-bao.md': article({ cover: 'anh.jpg' }),
      'tin-tuc/anh.jpg': TINY_IMAGE,
      'lanh-dao/lo-van-a.md': leader,
      'lanh-dao/lo-van-a.jpg': TINY_IMAGE,
    });
    expect(messages).toEqual([
      'lanh-dao/lo-van-a.md — trường "photoAlt": nhận được (không có); cần mô tả ảnh (photoAlt) khi có ảnh chân dung.',
      'tin-tuc/hop-bao.md — trường "coverAlt": nhận được (không có); cần mô tả ảnh bìa (coverAlt) khi có ảnh bìa.',
    ]);
  });

  it('English pages (gioi-thieu/en/, lanh-dao/en/) get the same Vietnamese messages, naming the English file', async () => {
    const page = '---\ntitle: Functions and tasks\nsumary: The functions.\norder: 2\n---\n\nText.\n';
    const leader = '---\nname: Lò Văn A\nposition: Deputy Director\norder: first\n---\n';
    const { messages } = await messagesFor({ 'gioi-thieu/en/chuc-nang-nhiem-vu.md': page, 'lanh-dao/en/lo-van-a.md': leader });
    expect(messages).toEqual([
      'gioi-thieu/en/chuc-nang-nhiem-vu.md:3 — trường "sumary": nhận được "The functions."; cần đổi tên trường "sumary" thành "summary" (có lẽ gõ nhầm: mẫu không có trường "sumary"; các trường của mẫu: title, summary, order, author, updated, timeline).',
      'lanh-dao/en/lo-van-a.md:4 — trường "order": nhận được "first"; cần một số.',
    ]);
  });

  it('an English page in a folder below en/ is not read, and says where English pages go', async () => {
    const { messages } = await messagesFor({ 'gioi-thieu/en/cu/lich-su.md': '---\ntitle: History\nsummary: S.\norder: 1\n---\n' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('gioi-thieu/en/cu/lich-su.md — trường "(vị trí tệp)"');
    expect(messages[0]).toContain('bản tiếng Anh: gioi-thieu/en/, lanh-dao/en/');
  });

  it('a Markdown file no collection reads is not dropped silently', async () => {
    const { messages } = await messagesFor({ 'album-anh/hoi-nghi.md': article({}) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('album-anh/hoi-nghi.md — trường "(vị trí tệp)"');
  });

  it('a hotline that is not a Vietnamese number', async () => {
    const site = VALID_TREE['cai-dat/site.yaml']!.replace('0212 3850 384', '3850 384');
    const { messages } = await messagesFor({ 'cai-dat/site.yaml': site });
    expect(messages).toEqual([
      'cai-dat/site.yaml:5 — trường "hotlines (mục thứ 1).number": nhận được "3850 384"; cần một số điện thoại Việt Nam, ví dụ 0212 3850 384.',
    ]);
  });

  it('a link to a page that does not exist, written as a site path', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Xem [quyết định](/van-ban/qd-99/) và [liên hệ](/lien-he/).') });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(liên kết)": nhận được "/van-ban/qd-99/"; cần địa chỉ một trang có trên trang web, ví dụ /van-ban/<tên-tệp-văn-bản>/ (tên tệp không có .md); không có trang nào ở địa chỉ này.',
    ]);
  });

  it('a relative link to a file that does not exist', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Dòng đầu.\n\nXem [quyết định](../van-ban/qd-12.md).') });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:11 — trường "(liên kết)": nhận được "../van-ban/qd-12.md"; cần đường dẫn tới một tệp có thật trong thư mục content/: không tìm thấy van-ban/qd-12.md.',
    ]);
  });

  it('a relative link to a file that exists but is not published', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Tải [tờ trình](./to-trinh.pdf).'), 'tin-tuc/to-trinh.pdf': 'x' });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(liên kết)": nhận được "./to-trinh.pdf"; cần liên kết tới tệp được xuất bản: tin-tuc/to-trinh.pdf có nhưng không được đưa lên trang (tệp đính kèm phải khai báo trong trường "files" của văn bản; ảnh chèn bằng ![mô tả](./ten-anh.jpg)).',
    ]);
  });

  it('an image in the body that is missing, and one without a description', async () => {
    const { messages } = await messagesFor({
      'tin-tuc/hop-bao.md': article({}, '![Toàn cảnh](./toan-canh.jpg)\n\n![](./anh.jpg)'),
      'tin-tuc/anh.jpg': TINY_IMAGE,
    });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(ảnh trong bài)": nhận được "./toan-canh.jpg"; cần một tệp ảnh có thật, đặt cạnh tệp Markdown.',
      'tin-tuc/hop-bao.md:11 — trường "(ảnh trong bài)": nhận được "./anh.jpg"; cần mô tả ảnh trong ngoặc vuông: ![Mô tả ảnh](./ten-anh.jpg).',
    ]);
  });

  it('links that resolve pass: relative .md, attachments, site paths, other sites', async () => {
    const doc =
      '---\nnumber: 12/QĐ\ntype: Quyết định\nissuer: UBND tỉnh\nfield: Đối ngoại\nissued: 2024-05-10\nsummary: Quy chế.\nfiles:\n  - qd-12.pdf\n---\n\n[Toàn văn](./qd-12.pdf)\n';
    const body = '[QĐ 12](../van-ban/qd-12.md#dieu-2), [năm 2024](/van-ban/nam/2024/), [Bộ](https://mofa.gov.vn/), [thư](mailto:a@sonla.gov.vn)';
    const { messages } = await messagesFor({ 'van-ban/qd-12.md': doc, 'van-ban/qd-12.pdf': 'x', 'tin-tuc/hop-bao.md': article({}, body) });
    expect(messages).toEqual([]);
  });

  it('a <script> in the body: refused, the build stops', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Dòng đầu.\n\n<script>alert(1)</script>') });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:11 — trường "(HTML trong bài)": nhận được thẻ <script>; cần bỏ thẻ <script>: bài viết không được chứa mã chạy trên trang (cần một chức năng mới, hãy nhờ bộ phận kỹ thuật).',
    ]);
  });

  it('an event handler attribute in the body', async () => {
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Xem <a href="/lien-he/" onClick="alert(1)">liên hệ</a>.') });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(HTML trong bài)": nhận được thuộc tính onclick trên thẻ <a>; cần bỏ thuộc tính onclick: bài viết không được chứa mã chạy khi bấm, rê chuột hay tải trang (mọi thuộc tính bắt đầu bằng "on").',
    ]);
  });

  it('javascript: addresses, however written, in HTML and in a Markdown link', async () => {
    const body = '<a href="java&#x73;cript:alert(1)">Tải về</a>\n\n[Bấm vào đây](JavaScript:alert(1))';
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, body) });
    const expected =
      'cần một địa chỉ trang web (https://…), một trang của trang web (/…), một địa chỉ thư (mailto:) hoặc số điện thoại (tel:), hoặc một tệp đặt cạnh bài; địa chỉ "javascript:", "vbscript:" chạy mã và "data:" giấu nội dung nên không được dùng.';
    expect(messages).toEqual([
      `tin-tuc/hop-bao.md:9 — trường "(HTML trong bài)": nhận được href="javascript:alert(1)" trên thẻ <a>; ${expected}`,
      `tin-tuc/hop-bao.md:11 — trường "(HTML trong bài)": nhận được liên kết "JavaScript:alert(1)"; ${expected}`,
    ]);
  });

  it('an iframe from a host not on the list; the privacy-enhanced YouTube player and HTML in code pass', async () => {
    const body = [
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Clip"></iframe>',
      '',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Clip"></iframe>',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    const { messages } = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, body) });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:11 — trường "(HTML trong bài)": nhận được khung <iframe> từ "https://www.youtube.com/embed/dQw4w9WgXcQ"; cần khung nhúng chỉ từ https://www.youtube-nocookie.com (video YouTube: https://www.youtube-nocookie.com/embed/<mã video>, hoặc đăng ở mục Video).',
    ]);
  });

  it('widget data: a website link without https, a negative counter, an impossible day in page views', async () => {
    const { messages } = await messagesFor({
      'cai-dat/lien-ket.yaml': VALID_TREE['cai-dat/lien-ket.yaml']!.replace('https://chinhphu.vn/', 'chinhphu.vn'),
      'cai-dat/thong-ke.yaml': 'legacyTotal: -5\nlegacySource: Bộ đếm trang cũ\n',
      'cai-dat/thong-ke/trang.csv': 'date,path,views\n2025-02-31,/,3\n',
    });
    expect(messages).toEqual([
      'cai-dat/lien-ket.yaml:5 — trường "groups (mục thứ 1).links (mục thứ 1).url": nhận được "chinhphu.vn"; cần một địa chỉ web đầy đủ, bắt đầu bằng https://.',
      'cai-dat/thong-ke.yaml:1 — trường "legacyTotal": nhận được -5; cần một số không nhỏ hơn 0.',
      'cai-dat/thong-ke/trang.csv:2 — trường "date": nhận được "2025-02-31"; cần một ngày có thật, viết YYYY-MM-DD (ví dụ 2025-03-01).',
    ]);
  });

  it('reports every problem at once, not just the first', async () => {
    const { problems } = await messagesFor({
      'tin-tuc/a.md': article({ date: '2025-02-30' }),
      'tin-tuc/b.md': article({ author: undefined }),
    });
    expect(problems.map((p) => `${p.file}#${p.field}`)).toEqual(['tin-tuc/a.md#date', 'tin-tuc/b.md#author']);
  });
});

describe('npm run check', () => {
  it('lists every problem with its line and exits 1; exits 0 on valid content', async () => {
    const bad = writeTree({ ...VALID_TREE, 'tin-tuc/hop-bao.md': article({ date: '2025-02-31' }, '[x](/khong-co/)') });
    const run = (dir: string) =>
      promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts'], { env: { ...process.env, SITE_CONTENT_DIR: dir } }).then(
        (r) => ({ code: 0, output: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr }),
      );
    const failed = await run(bad);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('Nội dung có 2 lỗi, cần sửa trước khi xuất bản');
    expect(failed.output).toContain('tin-tuc/hop-bao.md:3 — trường "date"');
    expect(failed.output).toContain('tin-tuc/hop-bao.md:9 — trường "(liên kết)": nhận được "/khong-co/"');
    const passed = await run(writeTree(VALID_TREE));
    expect(passed).toMatchObject({ code: 0 });
    expect(passed.output).toContain('hợp lệ');
  });
});

describe('the build stops on bad content', () => {
  it('astro build exits non-zero and prints the Vietnamese report', async () => {
    const dir = writeTree({ ...VALID_TREE, 'tin-tuc/hop-bao.md': article({ date: '2025-02-31' }) });
    const run = promisify(execFile)('npx', ['astro', 'build', '--outDir', `${dir}/dist`], {
      env: { ...process.env, SITE_CONTENT_DIR: dir },
    });
    const error = await run.then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error?.code).not.toBe(0);
    const output = `${error?.stdout}${error?.stderr}`;
    expect(output).toContain('Nội dung có 1 lỗi, cần sửa trước khi xuất bản');
    expect(output).toContain(`${relative(process.cwd(), dir)}/tin-tuc/hop-bao.md:3 — trường "date": nhận được "2025-02-31"`);
    // Once, in Vietnamese: no second copy, no English "unhandled error", no stack trace.
    expect(output.split('Nội dung có 1 lỗi').length - 1).toBe(1);
    expect(output).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
  });
});
