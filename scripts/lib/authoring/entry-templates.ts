/**
 * The front matter `npm run new` writes for each collection: every field of
 * the schema (src/schemas/), explained in Vietnamese, filled with example
 * values that pass the check as they are, so staff only replace them.
 * Fields that need a file beside the entry are written only when a file is
 * given, otherwise left as a commented example.
 */
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../src/schemas/documents';
import { NEWS_CATEGORIES } from '../../../src/schemas/news';
import { PROCEDURE_LEVELS } from '../../../src/schemas/procedures';
import { mondayOf } from '../../../src/lib/schedule/week';
import { PLACEHOLDER_BODIES } from '../../../src/lib/checks/placeholders';

/** What a template is filled with. */
export interface TemplateInput {
  title: string;
  /** Today in Vietnam, `yyyy-mm-dd`. */
  today: string;
  /** Next free position, for collections with `order`. */
  order: number;
  /** Names of the files copied beside the entry. */
  files: readonly string[];
  /** For each file, the name staff gave it when that name reads as a title (`Quy chế đoàn ra`), for attachments. */
  fileTitles?: readonly (string | undefined)[];
}

/** A YAML string that stays one valid scalar whatever the title holds (quotes, colons). */
const quote = (text: string) => JSON.stringify(text);
const oneOf = (values: readonly string[]) => values.join(', ');

/** An attachment list: `- file` with its `title` (shown to citizens instead of the ASCII file name) when known. */
const fileList = (files: readonly string[], titles: readonly (string | undefined)[] = []) =>
  files.flatMap((file, n) => (titles[n] ? [`  - file: ${file}`, `    title: ${quote(titles[n])}`] : [`  - ${file}`]));

function news({ title, today, files }: TemplateInput): string[] {
  const [cover] = files;
  return [
    '# Tiêu đề bài, hiện ở đầu trang và trong danh sách tin.',
    `title: ${quote(title)}`,
    '# Ngày đăng, viết năm-tháng-ngày (YYYY-MM-DD).',
    `date: ${today}`,
    `# Chuyên mục, chọn đúng một trong: ${oneOf(NEWS_CATEGORIES)}.`,
    `category: ${NEWS_CATEGORIES[0]}`,
    '# Tóm tắt một, hai câu, hiện dưới tiêu đề và trong danh sách. Thay câu mẫu dưới đây.',
    'summary: "Tóm tắt ngắn nội dung bài viết."',
    '# Người viết bài (họ tên hoặc phòng).',
    'author: "Văn phòng Sở"',
    '# Ảnh bìa: tệp ảnh (JPEG, PNG, WebP) đặt cạnh tệp này, kèm mô tả ảnh cho người không nhìn thấy.',
    ...(cover ? [`cover: ${cover}`, 'coverAlt: "Mô tả điều ảnh cho thấy"'] : ['# cover: anh-bia.jpg', '# coverAlt: "Mô tả điều ảnh cho thấy"']),
    '# Nguồn, khi bài lấy từ nơi khác (bỏ dấu # ở đầu dòng để dùng).',
    '# source: "Báo Sơn La"',
    '# Ngày sửa, bổ sung bài gần nhất (YYYY-MM-DD), hiện là "Cập nhật lần cuối"; bỏ dấu # để dùng.',
    `# updated: ${today}`,
    '# Đưa bài lên ô "Tin nổi bật" của trang chủ (bài mới nhất có featured: true); bỏ dấu # để dùng.',
    '# featured: true',
  ];
}

function documents({ title, today, files, fileTitles }: TemplateInput): string[] {
  return [
    '# Số/ký hiệu văn bản, đúng như trên văn bản. Thay số mẫu dưới đây.',
    `number: "01/${today.slice(0, 4)}/QĐ-SNgV"`,
    `# Loại văn bản, chọn đúng một trong: ${oneOf(DOCUMENT_TYPES)}.`,
    'type: Quyết định',
    '# Cơ quan ban hành; văn bản liên tịch viết danh sách, mỗi cơ quan một dòng bắt đầu bằng "- ".',
    'issuer: "Sở Ngoại vụ tỉnh Sơn La"',
    '# Lĩnh vực, ví dụ: Hợp tác quốc tế, Tổ chức bộ máy, Biên giới lãnh thổ.',
    'field: "Hợp tác quốc tế"',
    '# Người ký (họ tên, chức vụ), khi biết.',
    '# signer: "Nguyễn Văn A, Giám đốc"',
    '# Ngày ban hành (YYYY-MM-DD).',
    `issued: ${today}`,
    '# Ngày có hiệu lực (YYYY-MM-DD), không sớm hơn ngày ban hành; bỏ dấu # để dùng.',
    `# effective: ${today}`,
    `# Tình trạng hiệu lực, một trong: ${oneOf(DOCUMENT_STATUSES)}.`,
    'status: Còn hiệu lực',
    '# Trích yếu: văn bản nói về việc gì.',
    `summary: ${quote(title)}`,
    '# Tệp đính kèm (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS) đặt cạnh tệp này: "file" là tên tệp, "title" là tên',
    '# người dân thấy trên trang (không có "title" thì trang ghi loại và số văn bản).',
    ...(files.length > 0 ? ['files:', ...fileList(files, fileTitles)] : ['# files:', '#   - file: qd-01.pdf', '#     title: "Quyết định 01/QĐ-SNgV"']),
    '# Chỉ cho loại "Dự thảo lấy ý kiến": hạn góp ý (YYYY-MM-DD) và cách gửi góp ý; bỏ dấu # để dùng.',
    '# comment:',
    `#   deadline: ${today}`,
    '#   how: "Gửi góp ý bằng văn bản về Văn phòng Sở hoặc qua thư điện tử của Sở trước hạn góp ý."',
    '# Văn bản công khai ngân sách: bỏ dấu # để văn bản hiện cả trong danh mục "Công khai ngân sách".',
    '# budget: true',
  ];
}

function albums({ title, today, files }: TemplateInput): string[] {
  return [
    '# Tên album.',
    `title: ${quote(title)}`,
    '# Ngày diễn ra sự kiện (YYYY-MM-DD).',
    `date: ${today}`,
    '# Một, hai câu về sự kiện. Thay câu mẫu dưới đây.',
    'summary: "Một số hình ảnh tại sự kiện."',
    '# Ảnh đại diện trong danh sách album; bỏ trống thì dùng ảnh đầu tiên.',
    `# cover: ${files[0] ?? 'anh-1.jpg'}`,
    '# Các ảnh, theo thứ tự hiển thị. Mỗi ảnh: tên tệp trong thư mục này, mô tả ảnh (bắt buộc),',
    '# chú thích và tác giả (không bắt buộc). Thay các mô tả mẫu bằng mô tả thật.',
    'photos:',
    ...files.flatMap((file, n) => [`  - file: ${file}`, `    alt: "Mô tả ảnh ${n + 1}"`]),
    '#   caption: "Chú thích dưới ảnh"',
    '#   credit: "Người chụp"',
  ];
}

function videos({ title, today, files }: TemplateInput): string[] {
  return [
    '# Tên video.',
    `title: ${quote(title)}`,
    '# Ngày đăng (YYYY-MM-DD).',
    `date: ${today}`,
    '# Một, hai câu về video.',
    'summary: "Giới thiệu ngắn về video."',
    '# Nguồn: mã YouTube (11 ký tự sau "watch?v=" trong địa chỉ) hoặc một tệp MP4 đặt cạnh tệp này',
    '# (khi đó viết "file: ten-video.mp4" thay cho "youtube: …"). Thay mã mẫu dưới đây.',
    'source:',
    '  youtube: dQw4w9WgXcQ',
    '# Ảnh hiện trước khi phát (đặt cạnh tệp này) và mô tả ảnh.',
    `poster: ${files[0] ?? 'anh-video.jpg'}`,
    'posterAlt: "Mô tả điều ảnh cho thấy"',
    '# Độ dài, phút:giây hoặc giờ:phút:giây.',
    'duration: "3:25"',
    '# Phụ đề WebVTT (.vtt) đặt cạnh tệp này, chỉ cho video MP4.',
    '# captions: ten-video.vtt',
  ];
}

function procedures({ title, today, files, fileTitles }: TemplateInput): string[] {
  return [
    '# Tên thủ tục, đúng như trên Cổng Dịch vụ công quốc gia.',
    `title: ${quote(title)}`,
    '# Mã thủ tục trên Cổng Dịch vụ công quốc gia (dạng 1.005432). Thay mã mẫu dưới đây.',
    'code: "1.000000"',
    '# Địa chỉ trang của thủ tục trên Cổng Dịch vụ công quốc gia, nơi người dân nộp hồ sơ trực tuyến.',
    'portalUrl: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=0"',
    '# Lĩnh vực, ví dụ: Hội nghị, hội thảo quốc tế; Lãnh sự; Viện trợ phi chính phủ nước ngoài.',
    'field: "Hội nghị, hội thảo quốc tế"',
    `# Cấp thực hiện, một trong: ${oneOf(PROCEDURE_LEVELS)}.`,
    `level: ${PROCEDURE_LEVELS[0]}`,
    '# Ngày đăng (YYYY-MM-DD). Một ngày sau hôm nay thì thủ tục chỉ hiện từ ngày đó.',
    `date: ${today}`,
    '# Thời hạn giải quyết.',
    'processingTime: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"',
    '# Phí, lệ phí ("Không" nếu không thu).',
    'fees: "Không"',
    '# Ai được làm thủ tục này (đối tượng thực hiện).',
    'applicants: "Cơ quan, tổ chức trên địa bàn tỉnh"',
    '# Cơ quan thực hiện (nơi nhận hồ sơ).',
    'agency: "Sở Ngoại vụ tỉnh Sơn La"',
    '# Các bước thực hiện, theo thứ tự, mỗi bước một dòng bắt đầu bằng "- ". Viết để người dân làm theo được.',
    'steps:',
    '  - "Chuẩn bị hồ sơ theo danh sách dưới đây."',
    '  - "Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc tại Bộ phận một cửa."',
    '  - "Nhận kết quả tại nơi nộp hồ sơ."',
    '# Thành phần hồ sơ, mỗi giấy tờ một dòng.',
    'requirements:',
    '  - "Văn bản đề nghị (bản chính)"',
    '# Mẫu đơn, tờ khai (PDF, DOC, DOCX…) đặt cạnh tệp này: "file" là tên tệp, "title" là tên người dân thấy trên trang.',
    ...(files.length > 0 ? ['forms:', ...fileList(files, fileTitles)] : ['# forms:', '#   - file: mau-don.docx', '#     title: "Mẫu đơn đề nghị"']),
    '# Căn cứ pháp lý; "document" là tên tệp của văn bản trong mục van-ban/ (không có .md) khi trang có văn bản đó.',
    'legalBasis:',
    '  - title: "Nghị định số …/…/NĐ-CP"',
    '#   document: ten-tep-van-ban',
  ];
}

function questions({ title, today }: TemplateInput): string[] {
  return [
    '# Câu hỏi, như người dân hỏi.',
    `question: ${quote(title)}`,
    '# Chủ đề: các câu hỏi cùng chủ đề đứng cạnh nhau trong trang Hỏi đáp.',
    'topic: "Hội nghị, hội thảo quốc tế"',
    '# Trả lời ngắn, một đến ba câu (trả lời đầy đủ viết ở phần nội dung bên dưới). Thay câu mẫu dưới đây.',
    'answer: "Trả lời ngắn gọn cho câu hỏi."',
    '# Ngày đăng (YYYY-MM-DD). Một ngày sau hôm nay thì câu hỏi chỉ hiện từ ngày đó.',
    `date: ${today}`,
    '# Người hỏi, khi người đó đồng ý nêu tên; bỏ dấu # để dùng.',
    '# asker: "Ông Lò Văn A, Mộc Châu"',
    '# Đơn vị trả lời.',
    'answeredBy: "Sở Ngoại vụ tỉnh Sơn La"',
  ];
}

function schedule({ today }: TemplateInput): string[] {
  const monday = mondayOf(today);
  return [
    '# Ngày thứ Hai đầu tuần (YYYY-MM-DD).',
    `week: ${monday}`,
    '# Các hoạt động trong tuần, mỗi hoạt động bắt đầu bằng "- date:". Giờ viết HH:mm (24 giờ);',
    '# bỏ "start" cho hoạt động cả ngày. "end" và "attendees" không bắt buộc.',
    'events:',
    `  - date: ${monday}`,
    '    start: "08:00"',
    '    end: "11:00"',
    '    title: "Giao ban Lãnh đạo Sở"',
    '    place: "Phòng họp Sở Ngoại vụ"',
    '    chair: "Giám đốc Sở"',
    '    attendees: "Các Phó Giám đốc, Trưởng các phòng"',
  ];
}

function about({ title, today, order }: TemplateInput): string[] {
  return [
    '# Tiêu đề trang.',
    `title: ${quote(title)}`,
    '# Một, hai câu, hiện trong danh sách và kết quả tìm kiếm. Thay câu mẫu dưới đây.',
    'summary: "Tóm tắt ngắn nội dung trang."',
    '# Vị trí trong mục Giới thiệu: 1 đứng đầu.',
    `order: ${order}`,
    '# Người viết (họ tên, chức vụ), khi bài có ký tên.',
    '# author: "Nguyễn Văn A, Chánh Văn phòng"',
    '# Ngày nội dung được soát lại hoặc sửa lần cuối (YYYY-MM-DD).',
    `updated: ${today}`,
    '# Các mốc thời gian, hiện thành dòng thời gian cạnh bài; bỏ dấu # để dùng.',
    '# timeline:',
    '#   - period: "1991"',
    '#     event: "Thành lập Sở"',
  ];
}

function leaders({ title, order, files }: TemplateInput): string[] {
  const [photo] = files;
  return [
    '# Họ và tên.',
    `name: ${quote(title)}`,
    '# Chức vụ, ví dụ: Giám đốc, Phó Giám đốc.',
    'position: "Phó Giám đốc"',
    '# Thứ tự trong danh sách: 1 là Giám đốc.',
    `order: ${order}`,
    '# Điện thoại cơ quan và thư điện tử công vụ; bỏ dấu # để dùng.',
    '# phone: "0212 3850 384"',
    '# email: "ten@sonla.gov.vn"',
    '# Ảnh chân dung (JPEG, PNG) đặt cạnh tệp này, kèm mô tả ảnh.',
    ...(photo ? [`photo: ${photo}`, `photoAlt: ${quote(`Ảnh chân dung ${title}`)}`] : ['# photo: ho-ten.jpg', '# photoAlt: "Ảnh chân dung …"']),
  ];
}

const BODIES: Record<string, string> = {
  ...PLACEHOLDER_BODIES,
  'tin-tuc': [
    '<!-- Liên kết tới trang khác: [tên văn bản](../van-ban/ten-van-ban.md) hoặc [Liên hệ](/lien-he/). Ảnh trong bài: ![Mô tả ảnh](./ten-anh.jpg) -->',
    '',
    PLACEHOLDER_BODIES['tin-tuc'],
  ].join('\n'),
};

/** Above the fields of an English entry: how it pairs with its Vietnamese page. */
const ENGLISH_NOTE = [
  '# Bản tiếng Anh (trang /en/…): viết mọi chữ bằng tiếng Anh. Tệp cùng tên với một trang tiếng Việt',
  '# là bản dịch của trang đó: hai trang được nối với nhau bằng nút chọn ngôn ngữ.',
];
const english = (template: (input: TemplateInput) => string[]) => (input: TemplateInput) => [...ENGLISH_NOTE, ...template(input)];

/** Each collection's front matter, by folder name. */
export const TEMPLATES: Record<string, (input: TemplateInput) => string[]> = {
  'tin-tuc': news,
  'van-ban': documents,
  'thu-tuc-hanh-chinh': procedures,
  'hoi-dap': questions,
  'lich-cong-tac': schedule,
  'album-anh': albums,
  video: videos,
  'gioi-thieu': about,
  'lanh-dao': leaders,
  'gioi-thieu/en': english(about),
  'lanh-dao/en': english(leaders),
};

/** The whole Markdown file of a new entry. */
export function entryText(folder: string, input: TemplateInput): string {
  const fields = TEMPLATES[folder]!(input);
  return ['---', ...fields, '---', '', BODIES[folder], ''].join('\n');
}
