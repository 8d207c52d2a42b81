/**
 * Templates for demo photo albums and video clips. `{slot}` placeholders are
 * filled by `Filler` (demo-text.ts).
 */

export const ALBUM_TITLES: readonly string[] = [
  'Đoàn đại biểu tỉnh {lao} thăm tỉnh Sơn La năm {year}',
  'Hội nghị tổng kết công tác đối ngoại năm {year}',
  'Lễ ký kết thỏa thuận hợp tác giữa tỉnh Sơn La và tỉnh {lao} năm {year}',
  'Đoàn công tác khảo sát tuyến biên giới huyện {bienGioi} tháng {month}/{year}',
  'Bàn giao {congTrinh} tại xã {xa} năm {year}',
  'Giao lưu văn hóa, thể thao chào mừng {le} năm {year}',
  'Đoàn công tác tỉnh Sơn La dự {suKien} năm {year}',
];

export const PHOTO_ALTS: readonly string[] = [
  'Đồng chí {chucVu} phát biểu tại buổi lễ',
  'Các đại biểu chụp ảnh lưu niệm',
  'Quang cảnh hội trường',
  'Trao tặng quà lưu niệm cho đoàn đại biểu tỉnh {lao}',
  'Đoàn công tác thăm bản biên giới xã {xa}',
  'Học sinh bản vùng cao trong ngôi trường mới',
  'Tiết mục văn nghệ chào mừng của đồng bào dân tộc Thái',
  'Đại biểu hai bên ký biên bản ghi nhớ',
  'Mốc quốc giới trên tuyến biên giới Việt Nam – Lào',
  'Đoàn đại biểu dâng hoa tại tượng đài',
];

export const PHOTO_CAPTIONS: readonly string[] = [
  'Buổi lễ diễn ra trang trọng, ấm áp tình hữu nghị.',
  'Đại biểu hai bên trao đổi bên lề hội nghị.',
  'Đoàn được đón tiếp nồng hậu tại địa phương.',
  'Người dân phấn khởi đón đoàn công tác.',
  'Các hoạt động giao lưu thu hút đông đảo người dân tham gia.',
  'Đồng chí {nguoi} trao đổi với đại diện địa phương.',
];

export const VIDEO_TITLES: readonly string[] = [
  'Phóng sự: Tình hữu nghị Sơn La – {lao} năm {year}',
  'Đối ngoại nhân dân vùng biên huyện {bienGioi} năm {year}',
  'Toàn cảnh hội nghị tổng kết công tác đối ngoại năm {year}',
  'Dự án {linhVuc} thay đổi cuộc sống đồng bào huyện {huyen}',
  'Bảo vệ chủ quyền biên giới tại xã {xa} năm {year}',
  'Sơn La – điểm đến của nhà đầu tư {nuoc} năm {year}',
  'Nhìn lại hoạt động đối ngoại tỉnh Sơn La tháng {month}/{year}',
];

export const VIDEO_SUMMARIES: readonly string[] = [
  'Phóng sự ghi lại những hoạt động đối ngoại nổi bật của tỉnh Sơn La trong năm {year}.',
  'Clip giới thiệu kết quả hợp tác giữa tỉnh Sơn La và các đối tác nước ngoài.',
  'Video do Đài Phát thanh và Truyền hình Sơn La phối hợp với Sở Ngoại vụ thực hiện.',
];

export const TRANSCRIPT_LINES: readonly string[] = [
  '**Người dẫn:** Kính chào quý vị và các bạn, mời quý vị theo dõi chương trình đối ngoại địa phương.',
  '**Phóng viên:** Những năm qua, quan hệ giữa tỉnh Sơn La và tỉnh {lao} không ngừng được củng cố.',
  '**Đồng chí {nguoi}:** Chúng tôi luôn coi trọng việc giữ gìn tình đoàn kết đặc biệt giữa hai dân tộc.',
  '**Phóng viên:** Tại huyện {huyen}, nhiều công trình từ nguồn viện trợ đã được đưa vào sử dụng.',
  '**Người dân địa phương:** Có công trình mới, bà con trong bản rất phấn khởi, đời sống được cải thiện nhiều.',
  '**Người dẫn:** Cảm ơn quý vị đã theo dõi. Hẹn gặp lại quý vị trong chương trình lần sau.',
];

export const ALBUM_SUMMARIES: readonly string[] = [
  'Một số hình ảnh về hoạt động của đoàn trong thời gian thăm và làm việc tại tỉnh.',
  'Hình ảnh ghi lại các hoạt động chính trong khuôn khổ chương trình.',
  'Album ảnh do Văn phòng Sở Ngoại vụ thực hiện, ghi lại những khoảnh khắc đáng nhớ của sự kiện.',
];

export const POSTER_ALTS: readonly string[] = [
  'Khung hình mở đầu phóng sự: toàn cảnh núi rừng Sơn La',
  'Đại biểu hai bên trao đổi trong buổi làm việc',
  'Người dân bản vùng cao đón đoàn công tác',
  'Toàn cảnh hội trường hội nghị',
];
