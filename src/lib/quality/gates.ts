/**
 * The standard the site is held to and the automated checks that hold it
 * there. The accessibility statement (/kha-nang-tiep-can/) is written from
 * this list, and the axe helper of the tests reads the WCAG tags from here,
 * so the statement cannot claim a check the tests do not run
 * (src/lib/quality/gates.test.ts checks each named test file exists).
 */

/** WCAG 2.0 and 2.1, levels A and AA: what Thông tư 26/2020/TT-BTTTT asks of state sites; axe-core's tags. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface QualityGate {
  /** What is checked, as the statement says it. */
  check: string;
  /** The tool, and where. */
  tool: string;
  /** The test file that runs it, from the project root. */
  test: string;
}

/** Run on every change before the site is published; a failure stops publication. */
export const QUALITY_GATES: readonly QualityGate[] = [
  {
    check: 'Mọi trang của sơ đồ trang đạt các tiêu chí WCAG 2.1 mức A và AA mà công cụ kiểm tra tự động được',
    tool: 'axe-core, chạy trong trình duyệt Chromium',
    test: 'tests/site/accessibility.test.ts',
  },
  {
    check: 'Mã HTML của mọi trang hợp lệ (thẻ, thuộc tính, nhãn của ô nhập, thứ tự tiêu đề)',
    tool: 'html-validate',
    test: 'tests/site/html-validity.test.ts',
  },
  {
    check: 'Không có liên kết hỏng, kể cả liên kết đến một vị trí trong trang',
    tool: 'linkinator, trên máy chủ tĩnh',
    test: 'tests/site/link-crawl.test.ts',
  },
  {
    check:
      'Dùng được bằng bàn phím: liên kết "Bỏ qua, đến nội dung chính", thứ tự Tab của đầu trang, viền hiện rõ khi chọn; danh mục dùng được khi tắt JavaScript; không trang nào phải cuộn ngang ở khổ 320 px',
    tool: 'Chromium điều khiển bằng playwright-core',
    test: 'tests/site/browser.test.ts',
  },
  {
    check: 'Xem album ảnh bằng bàn phím (mở, chuyển ảnh bằng phím mũi tên, đóng bằng Esc, trả lại vị trí chọn)',
    tool: 'Chromium điều khiển bằng playwright-core',
    test: 'tests/site/media-browser.test.ts',
  },
];

/**
 * What automated checks cannot show, said plainly (the statement's "known
 * gaps"); update it when an audit by people finds more or fixes one.
 */
export const KNOWN_GAPS: readonly string[] = [
  'Các công cụ tự động chỉ phát hiện được một phần lỗi về khả năng tiếp cận; trang chưa được người dùng trình đọc màn hình (NVDA, VoiceOver, TalkBack) kiểm tra toàn bộ.',
  'Tệp PDF của văn bản là bản chụp hoặc bản xuất từ cơ quan ban hành; nhiều tệp không có lớp chữ hay thẻ cấu trúc nên trình đọc màn hình không đọc được. Trích yếu và thông tin của văn bản luôn có trên trang.',
  'Video đăng trên YouTube chỉ có phụ đề khi YouTube có; video đặt trên trang có phụ đề khi Sở cung cấp tệp phụ đề.',
  'Tìm kiếm trên trang cần JavaScript; khi tắt JavaScript, văn bản vẫn lọc được theo năm và mọi mục có trong sơ đồ trang.',
  'Phần lớn nội dung chỉ có bằng tiếng Việt; các trang tiếng Anh gồm giới thiệu, lãnh đạo, liên hệ và sơ đồ trang.',
];
