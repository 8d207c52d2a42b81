import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/**
 * A small saved copy of an old Vietnamese agency portal, as `wget --mirror`
 * leaves it: pages in the styles of the common platforms (friendly
 * `/tin-tuc/<slug>-<id>.html`, Joomla `?option=com_content&id=`, DotNetNuke
 * `/Default.aspx?tabid=`, Liferay `/-/asset_publisher/`), with the portal's
 * chrome around each article, an old TCVN3 page, a Windows-1258 page, a
 * document with attachments, an album, a list page, and the real "Giới thiệu
 * chung" page of the department's old site (tests/fixtures/import/).
 */
export const OLD_HOST = 'songoaivu.sonla.gov.vn';

/** The real capture of the old introduction page (text only). */
export const LEGACY_CAPTURE = readFileSync(join(import.meta.dirname, '../fixtures/import/gioi-thieu-chung.txt'), 'utf8');

function page(options: { title: string; crumbs: string[]; main: string; charset?: string | null; description?: string }): string {
  const { title, crumbs, main, charset = 'utf-8', description = 'Cổng thông tin điện tử Sở Ngoại vụ tỉnh Sơn La' } = options;
  return `<!DOCTYPE html>
<html lang="vi"><head>${charset ? `<meta charset="${charset}">` : ''}
<title>${title} - Sở Ngoại vụ tỉnh Sơn La</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="/Portals/skin.css">
<script>var _gaq=[['_setAccount','UA-123']];</script>
</head><body>
<div id="header"><div class="hotline">Đường dây nóng: 022 3850 384</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/gioi-thieu-chung-1.html">Giới thiệu</a></li><li><a href="/tin-tuc.html">Tin tức</a></li></ul></div>
<div id="wrapper"><div class="breadcrumb"><a href="/">Trang chủ</a> » ${crumbs.map((c) => `<a href="/tin-tuc.html">${c}</a>`).join(' » ')}</div>
<div id="content">${main}</div>
<div id="sidebar" class="sidebar">
<div class="widget"><h3>TIN XEM NHIỀU</h3><ul>
<li><a href="/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html">Lễ kỷ niệm 60 năm quan hệ hữu nghị Việt Nam - Lào</a> <span class="date">(12/03/2018)</span></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=56">Tỉnh Sơn La tiếp đoàn công tác tỉnh Hủa Phăn</a> <span class="date">(05/09/2019)</span></li></ul></div>
<div class="widget"><h3>VIDEO - CLIP</h3><p>Không có video - Upload lại link</p></div>
<div class="widget"><h3>LIÊN KẾT WEBSITE</h3><select><option>Bộ Ngoại giao</option></select></div>
<div class="widget"><h3>THỐNG KÊ</h3><div class="counter">Đang truy cập: 1<br>Hôm nay: 1<br>Tổng số: 96317</div></div>
</div></div>
<div id="footer">© Sở Ngoại vụ tỉnh Sơn La. Địa chỉ: tỉnh Sơn La.</div>
<script src="/js/counter.js"></script>
</body></html>`;
}

const article = (title: string, date: string, body: string, extra = '') => `<div class="news-detail">
<h1 class="title">${title}</h1>
<div class="news-date">${date}</div>
<div class="social-share"><a href="https://www.facebook.com/sharer.php">Chia sẻ Facebook</a> <a href="javascript:window.print()">In bài</a></div>
${extra}
<div class="news-content">${body}</div>
<div class="view-count">Lượt xem: 1234</div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/tin-tuc.html">Các tin khác</a></li></ul></div>
</div>`;

export const NEWS_TITLE = 'Lễ kỷ niệm 60 năm quan hệ hữu nghị Việt Nam - Lào';

function newsPage(): string {
  return page({
    title: NEWS_TITLE,
    crumbs: ['Hoạt động đối ngoại'],
    description: 'Sáng 12/3, tỉnh Sơn La tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.',
    main: article(
      NEWS_TITLE,
      'Thứ Hai, 12/03/2018 - 08:15',
      `<p>Sáng 12/3, tại Hội trường Ủy ban nhân dân tỉnh, tỉnh Sơn La tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào với sự tham dự của đoàn đại biểu tỉnh Hủa Phăn.</p>
<table class="image" align="center"><tr><td><img src="/Uploads/Images/2018/03/IMG_0312.JPG" alt=""></td></tr><tr><td class="image_desc">Đồng chí Chủ tịch UBND tỉnh phát biểu tại buổi lễ</td></tr></table>
<p>Phát biểu tại buổi lễ, lãnh đạo tỉnh khẳng định quan hệ đặc biệt giữa hai tỉnh là tài sản vô giá. Xem thêm <a href="/index.php?option=com_content&amp;view=article&amp;id=56">buổi tiếp đoàn tỉnh Hủa Phăn</a> và <a href="https://mofa.gov.vn/">trang Bộ Ngoại giao</a>.</p>
<p><img src="../Uploads/Images/2018/03/trao-qua.png" alt="Trao quà lưu niệm"></p>
<p style="text-align:center"><em>Hai đoàn trao quà lưu niệm</em></p>
<table border="1" style="width:100%"><tr><td>Năm</td><td>Số đoàn ra</td><td>Số đoàn vào</td></tr><tr><td>2016</td><td>12</td><td>15</td></tr><tr><td>2017</td><td>14</td><td>18</td></tr></table>
<p>Chương trình chi tiết xem <a href="/Uploads/Files/Chuong trinh le ky niem.pdf">tại đây</a>.</p>
<p style="text-align:right"><strong>Minh Anh - Văn phòng Sở</strong></p>
<script>document.write('quảng cáo');</script>`,
      '<p class="sapo">Sáng 12/3, tỉnh Sơn La tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.</p>',
    ),
  });
}

export const JOOMLA_TITLE = 'Tỉnh Sơn La tiếp đoàn công tác tỉnh Hủa Phăn';

function joomlaPage(): string {
  return page({
    title: JOOMLA_TITLE,
    crumbs: ['Hợp tác quốc tế'],
    main: `<div class="item-page"><h2 itemprop="headline">${JOOMLA_TITLE}</h2>
<dl class="article-info"><dd class="published">Ngày 5 tháng 9 năm 2019</dd><dd class="createdby">Tác giả: Lò Văn Hùng</dd><dd class="hits">Lượt xem: 88</dd></dl>
<div itemprop="articleBody"><p>Chiều ngày 5/9, Ủy ban nhân dân tỉnh Sơn La đã tiếp đoàn công tác tỉnh Hủa Phăn do Phó Tỉnh trưởng dẫn đầu, sang trao đổi kết quả hợp tác năm 2019 và thống nhất nội dung hợp tác năm 2020.</p>
<p><img src="/images/2019/09/tiep-doan.jpg" alt="Quang cảnh buổi tiếp"></p>
<p>Hai bên nhất trí tiếp tục phối hợp quản lý biên giới, hợp tác giáo dục, y tế và thương mại; tạo điều kiện cho nhân dân hai bên biên giới qua lại thăm thân.</p></div></div>`,
  });
}

export const DNN_TITLE = 'Hội nghị tổng kết công tác đối ngoại năm 2017';

function dnnPage(): string {
  return page({
    title: DNN_TITLE,
    crumbs: ['Tin hoạt động'],
    charset: null,
    main: `<div class="Normal"><span class="ArticleTitle">${DNN_TITLE}</span><br><span class="ArticleDate">Cập nhật: 12-03-2018</span>
<p>Ngày 10/3, Sở Ngoại vụ tổ chức hội nghị tổng kết công tác đối ngoại năm 2017 và triển khai nhiệm vụ năm 2018. Năm 2017, tỉnh đã đón 33 đoàn khách quốc tế và tổ chức 14 đoàn đi công tác nước ngoài.</p>
<p>Hội nghị đã thảo luận các giải pháp nâng cao hiệu quả hội nhập quốc tế của tỉnh trong năm tới.</p></div>`,
  });
}

export const TCVN3_TITLE = 'Đại hội đại biểu Hội hữu nghị Việt Nam - Lào tỉnh Sơn La';

function tcvn3Page(): string {
  return page({
    title: TCVN3_TITLE,
    crumbs: ['Hoạt động đối ngoại'],
    charset: 'iso-8859-1',
    main: article(
      TCVN3_TITLE,
      'Ngày 20/11/2009',
      `<p><font face=".VnTime">Ngày 20 tháng 11 năm 2009, Hội hữu nghị Việt Nam - Lào tỉnh Sơn La đã tổ chức Đại hội đại biểu lần thứ hai, nhiệm kỳ 2009 - 2014. Đại hội đã bầu Ban chấp hành gồm 25 đồng chí.</font></p>`,
    ),
  });
}

export const DOCUMENT_NUMBER = '125/QĐ-UBND';

function documentPage(): string {
  return page({
    title: 'Quyết định ban hành Quy chế quản lý đoàn ra, đoàn vào',
    crumbs: ['Văn bản'],
    main: `<div class="vanban-detail"><h1>Quyết định ban hành Quy chế quản lý đoàn ra, đoàn vào</h1>
<table class="tbl-vanban"><tr><td>Số ký hiệu</td><td>${DOCUMENT_NUMBER}</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr><tr><td>Cơ quan ban hành</td><td>Ủy ban nhân dân tỉnh Sơn La</td></tr>
<tr><td>Lĩnh vực</td><td>Hợp tác quốc tế</td></tr><tr><td>Người ký</td><td>Hoàng Quốc Khánh</td></tr>
<tr><td>Ngày ban hành</td><td>15/01/2020</td></tr><tr><td>Ngày hiệu lực</td><td>01/02/2020</td></tr>
<tr><td>Tình trạng</td><td>Còn hiệu lực</td></tr>
<tr><td>Trích yếu</td><td>Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Sơn La</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Uploads/VanBan/QD 125.pdf">Quyết định 125/QĐ-UBND (bản PDF)</a><br><a href="/Uploads/VanBan/quy-che.docx">Quy chế kèm theo</a></td></tr></table>
<p>Quyết định có hiệu lực từ ngày 01/02/2020 và thay thế các quy định trước đây về quản lý đoàn ra, đoàn vào của tỉnh.</p></div>`,
  });
}

export const ALBUM_TITLE = 'Đoàn công tác tỉnh Bò Kẹo thăm và làm việc tại Sơn La';

function albumPage(): string {
  const photo = (n: number, caption: string) => `<figure><img src="/documents/10180/album/bokeo-${n}.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
  return page({
    title: ALBUM_TITLE,
    crumbs: ['Album ảnh'],
    main: `<div class="journal-content-article"><h1>${ALBUM_TITLE}</h1><p class="date">Ngày 20 tháng 10 năm 2021</p>
${photo(1, 'Lễ đón đoàn tại cửa khẩu Chiềng Khương')}${photo(2, 'Hai đoàn hội đàm')}${photo(3, 'Thăm mô hình trồng cà phê')}
<p>Một số hình ảnh đoàn công tác tỉnh Bò Kẹo.</p></div>`,
  });
}

function aboutPage(): string {
  const lines = LEGACY_CAPTURE.split('\n').map((line) => line.trim());
  const start = lines.indexOf('SỞ NGOẠI VỤ TỈNH SƠN LA - QUÁ TRÌNH XÂY DỰNG VÀ PHÁT TRIỂN');
  const end = lines.indexOf('VĂN BẢN MỚI');
  const paragraphs = lines.slice(start + 1, end).filter(Boolean);
  return page({
    title: 'Giới thiệu chung',
    crumbs: ['Giới thiệu'],
    main: `<div class="gioithieu"><h2>GIỚI THIỆU CHUNG</h2><h1>${lines[start]}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>`,
  });
}

function listPage(): string {
  return page({
    title: 'Tin tức',
    crumbs: ['Tin tức'],
    main: `<ul class="list-news">
<li><a href="/tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html">${NEWS_TITLE}</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=56">${JOOMLA_TITLE}</a></li>
<li><a href="/Default.aspx?tabid=75&amp;ArticleId=88">${DNN_TITLE}</a></li>
<li><a href="/tin-tuc/dai-hoi-hoi-huu-nghi-77.html">${TCVN3_TITLE}</a></li></ul>`,
  });
}

/** Writes text in the TCVN3 font encoding (Latin-1 bytes the `.VnTime` font drew as Vietnamese). */
function toTcvn3Bytes(html: string): Buffer {
  const table: Record<string, string> = {};
  const pairs =
    'µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ ­ư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ §Đ';
  for (const pair of pairs.split(' ')) table[pair.slice(1)] = pair[0]!;
  // Only the article's paragraph was typed in the old font; the page around it is plain Latin-1 with entities.
  const converted = html.replace(
    /(<font face="\.VnTime">)([\s\S]*?)(<\/font>)/g,
    (_all, open: string, text: string, close: string) => open + [...text].map((c) => table[c] ?? c).join('') + close,
  );
  // eslint-disable-next-line no-control-regex -- the range is Latin-1 itself, NUL included
  const beyondLatin1 = /[^\x00-\xff]/g;
  return Buffer.from(
    converted.replace(beyondLatin1, (c) => `&#${c.codePointAt(0)};`),
    'latin1',
  );
}

/** Writes text in Windows-1258: base letters and vowel marks precomposed where the code page has them, tones as combining marks. */
export function toWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = byChar.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const [base, ...marks] = [...char.normalize('NFD')];
    // The vowel mark (â, ơ, ă…) joins the letter; the tone stays a combining mark.
    let head = base!;
    const rest: string[] = [];
    for (const mark of marks) {
      const joined = (head + mark).normalize('NFC');
      if (byChar.has(joined) && [...joined].length === 1) head = joined;
      else rest.push(mark);
    }
    for (const part of [head, ...rest]) {
      const byte = byChar.get(part);
      if (byte === undefined) throw new Error(`"${char}" không viết được bằng Windows-1258`);
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes);
}

async function photo(color: string, width = 64, height = 48, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    [format]()
    .toBuffer();
}

/** Writes the mirror into `folder` (a host folder inside, as wget makes it) and returns the host folder. */
export async function writeLegacyMirror(folder: string): Promise<string> {
  const root = join(folder, OLD_HOST);
  const files: Record<string, string | Buffer> = {
    'index.html': page({ title: 'Trang chủ', crumbs: [], main: '<div class="home"><a href="/tin-tuc.html">Tin tức</a></div>' }),
    'tin-tuc.html': listPage(),
    'tin-tuc/le-ky-niem-60-nam-quan-he-huu-nghi-viet-nam-lao-1234.html': newsPage(),
    // The same article again under Joomla's address of it: merged, both addresses redirect.
    'index.php@option=com_content&view=article&id=1234.html': newsPage(),
    'index.php@option=com_content&view=article&id=56.html': joomlaPage(),
    'Default.aspx@tabid=75&ArticleId=88.html': toWindows1258(dnnPage()),
    'tin-tuc/dai-hoi-hoi-huu-nghi-77.html': toTcvn3Bytes(tcvn3Page()),
    'van-ban/quyet-dinh-125-qd-ubnd-99.html': documentPage(),
    'web/guest/album-anh/-/asset_publisher/AbC123/content/doan-cong-tac-tinh-bo-keo': albumPage(),
    'gioi-thieu/gioi-thieu-chung-1.html': aboutPage(),
    'lien-he.html': page({
      title: 'Liên hệ',
      crumbs: ['Liên hệ'],
      main: '<form><label>Họ tên <input name="ten"></label><button>Gửi</button></form><p>Mọi ý kiến xin gửi về Văn phòng Sở Ngoại vụ tỉnh Sơn La qua biểu mẫu trên đây.</p>',
    }),
    'Uploads/Images/2018/03/IMG_0312.JPG': await photo('#a33'),
    'Uploads/Images/2018/03/trao-qua.png': await photo('#3a3', 40, 30, 'png'),
    'documents/10180/album/bokeo-1.jpg': await photo('#33a'),
    'documents/10180/album/bokeo-2.jpg': await photo('#aa3'),
    'documents/10180/album/bokeo-3.jpg': await photo('#3aa'),
    'Uploads/VanBan/QD 125.pdf': Buffer.from('%PDF-1.4\n% Quyết định 125\n%%EOF\n'),
    'Uploads/VanBan/quy-che.docx': Buffer.from('PK\u0003\u0004 quy che'),
    'Uploads/Files/Chuong trinh le ky niem.pdf': Buffer.from('%PDF-1.4\n%%EOF\n'),
    // images/2019/09/tiep-doan.jpg is missing: the mirror did not save it.
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export const WXR_POST_TITLE = 'Sơn La đón Tổng Lãnh sự Lào tại Đà Nẵng';

/**
 * A WordPress export (WXR 1.2) of a Vietnamese agency blog: two published
 * posts (one with a picture saved in `wp-content/`, one whose picture was
 * not saved), a draft, a page and an attachment item. Returns the XML path.
 */
export async function writeWordPressExport(folder: string): Promise<string> {
  const base = 'https://songoaivu.example.vn';
  const item = (fields: {
    id: number;
    title: string;
    slug: string;
    type?: string;
    status?: string;
    date: string;
    content: string;
    excerpt?: string;
    category?: string;
  }) => `
  <item>
    <title>${fields.title}</title>
    <link>${base}/${fields.date.slice(0, 4)}/${fields.date.slice(5, 7)}/${fields.slug}/</link>
    <pubDate>Mon, 12 Mar 2018 01:15:00 +0000</pubDate>
    <dc:creator><![CDATA[bientap]]></dc:creator>
    <content:encoded><![CDATA[${fields.content}]]></content:encoded>
    <excerpt:encoded><![CDATA[${fields.excerpt ?? ''}]]></excerpt:encoded>
    <wp:post_id>${fields.id}</wp:post_id>
    <wp:post_date><![CDATA[${fields.date}]]></wp:post_date>
    <wp:post_name><![CDATA[${fields.slug}]]></wp:post_name>
    <wp:status><![CDATA[${fields.status ?? 'publish'}]]></wp:status>
    <wp:post_type><![CDATA[${fields.type ?? 'post'}]]></wp:post_type>
    ${fields.category ? `<category domain="category" nicename="x"><![CDATA[${fields.category}]]></category>` : ''}
  </item>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Sở Ngoại vụ tỉnh Sơn La</title>
  <link>${base}</link>
  <language>vi</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${base}</wp:base_site_url>
  <wp:author><wp:author_login><![CDATA[bientap]]></wp:author_login><wp:author_display_name><![CDATA[Nguyễn Thu Hà]]></wp:author_display_name></wp:author>
  ${item({
    id: 11,
    title: WXR_POST_TITLE,
    slug: 'son-la-don-tong-lanh-su-lao',
    date: '2018-03-12 08:15:00',
    category: 'Hoạt động đối ngoại',
    excerpt: 'Ngày 12/3, lãnh đạo tỉnh tiếp Tổng Lãnh sự nước CHDCND Lào tại Đà Nẵng.',
    content: `Ngày 12/3, lãnh đạo tỉnh Sơn La đã tiếp Tổng Lãnh sự nước CHDCND Lào tại Đà Nẵng đến chào và làm việc.

[caption id="attachment_12" align="aligncenter" width="640"]<img class="size-large wp-image-12" src="${base}/wp-content/uploads/2018/03/tiep-tong-lanh-su.jpg" alt="" width="640" height="480" /> Lãnh đạo tỉnh tiếp Tổng Lãnh sự[/caption]

Hai bên trao đổi về <strong>hợp tác giáo dục</strong> và đào tạo lưu học sinh Lào tại Sơn La.`,
  })}
  ${item({
    id: 13,
    title: 'Tập huấn công tác lãnh sự năm 2019',
    slug: 'tap-huan-lanh-su-2019',
    date: '2019-06-20 14:00:00',
    category: 'Thông báo',
    content: `Sở Ngoại vụ tổ chức lớp tập huấn nghiệp vụ lãnh sự cho cán bộ các huyện, thành phố.

<img src="${base}/wp-content/uploads/2019/06/tap-huan.jpg" alt="Lớp tập huấn" />

Nội dung gồm: cấp hộ chiếu, quản lý người nước ngoài, bảo hộ công dân.`,
  })}
  ${item({ id: 14, title: 'Bản nháp chưa đăng', slug: 'ban-nhap', date: '2020-01-01 00:00:00', status: 'draft', content: 'Chưa xong.' })}
  ${item({ id: 15, title: 'Lịch sử hình thành', slug: 'lich-su', date: '2017-01-01 00:00:00', type: 'page', content: 'Sở Ngoại vụ tỉnh Sơn La được thành lập năm 2005 trên cơ sở Ban Biên giới và Ngoại vụ tỉnh.' })}
  ${item({ id: 12, title: 'tiep-tong-lanh-su', slug: 'tiep-tong-lanh-su', date: '2018-03-12 08:10:00', type: 'attachment', status: 'inherit', content: '' })}
</channel>
</rss>
`;
  const path = join(folder, 'wordpress-export.xml');
  mkdirSync(join(folder, 'wp-content/uploads/2018/03'), { recursive: true });
  writeFileSync(path, xml);
  writeFileSync(join(folder, 'wp-content/uploads/2018/03/tiep-tong-lanh-su.jpg'), await photo('#c63'));
  return path;
}
