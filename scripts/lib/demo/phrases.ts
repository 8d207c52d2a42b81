/**
 * Templates for demo news, albums and videos. `{slot}` placeholders are
 * filled by `Filler` (demo-text.ts); a slot keeps one value per entry.
 */
import type { NEWS_CATEGORIES } from '../../../src/schemas/news';

type Category = (typeof NEWS_CATEGORIES)[number];

export interface CategoryPhrases {
  titles: readonly string[];
  summaries: readonly string[];
  sentences: readonly string[];
  coverAlts: readonly string[];
}

export const NEWS_PHRASES: Record<Category, CategoryPhrases> = {
  'Hoạt động đối ngoại': {
    titles: [
      'Đoàn đại biểu cấp cao tỉnh {lao} thăm và làm việc tại tỉnh Sơn La năm {year}',
      'Lãnh đạo tỉnh Sơn La tiếp xã giao Đại sứ {nuoc} tại Việt Nam năm {year}',
      'Đoàn công tác tỉnh Sơn La chúc mừng {le} tại tỉnh {lao} năm {year}',
      'Hội đàm giữa lãnh đạo tỉnh Sơn La và tỉnh {lao} năm {year}',
      'Đối ngoại nhân dân: giao lưu hữu nghị thanh niên Sơn La – {lao} năm {year}',
      'Đồng chí {chucVu} tiếp đoàn đại biểu tỉnh {lao} tháng {month}/{year}',
      'Đoàn đại biểu tỉnh Sơn La dự {suKien} tại tỉnh {lao}',
      'Huyện {huyen} tăng cường hợp tác với các huyện của tỉnh {lao}',
      'Lưu học sinh tỉnh {lao} tại Sơn La vui đón Tết Bun Pi Mày năm {year}',
    ],
    summaries: [
      'Chiều qua, đồng chí {chucVu} đã chủ trì buổi tiếp và làm việc với đoàn đại biểu tỉnh {lao} do đồng chí {chucVuLao} làm trưởng đoàn.',
      'Chuyến thăm góp phần vun đắp mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa tỉnh Sơn La và tỉnh {lao}.',
      'Hai bên đã trao đổi về kết quả hợp tác năm {prevYear} và thống nhất phương hướng hợp tác trong năm {year}.',
    ],
    sentences: [
      'Thay mặt lãnh đạo tỉnh, đồng chí {chucVu} nhiệt liệt chào mừng đoàn đại biểu tỉnh {lao} đến thăm và làm việc tại Sơn La.',
      'Đồng chí {chucVuLao} tỉnh {lao} cảm ơn tỉnh Sơn La đã dành cho đoàn sự đón tiếp trọng thị, chu đáo và thắm tình anh em.',
      'Hai bên đánh giá cao kết quả đạt được trong các lĩnh vực giáo dục, y tế, nông nghiệp, thương mại và đầu tư.',
      'Tỉnh Sơn La tiếp tục tiếp nhận lưu học sinh tỉnh {lao} sang học tập tại các trường đại học, cao đẳng trên địa bàn.',
      'Nhân dịp này, đoàn đã đến thăm mô hình sản xuất nông nghiệp công nghệ cao tại huyện {huyen}.',
      'Hai bên nhất trí đẩy mạnh đối ngoại nhân dân, tăng cường giao lưu giữa các địa phương có chung đường biên giới.',
      'Đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ, quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.',
    ],
    coverAlts: [
      'Đồng chí {chucVu} bắt tay trưởng đoàn đại biểu tỉnh {lao}',
      'Quang cảnh buổi hội đàm giữa hai tỉnh Sơn La và {lao}',
      'Đại biểu hai tỉnh chụp ảnh lưu niệm tại trụ sở UBND tỉnh Sơn La',
    ],
  },
  'Hợp tác quốc tế': {
    titles: [
      'Ký kết biên bản ghi nhớ hợp tác giữa tỉnh Sơn La và tỉnh {lao} giai đoạn {year}–{endYear}',
      'Tổng kết dự án {linhVuc} do {ngo} tài trợ tại huyện {huyen}',
      'Khởi công {congTrinh} do {ngo} viện trợ tại huyện {huyen}',
      'Hội nghị vận động viện trợ phi chính phủ nước ngoài năm {year}',
      'Doanh nghiệp {nuoc} tìm hiểu cơ hội đầu tư tại huyện {huyen}',
      'Bàn giao {congTrinh} từ nguồn viện trợ của {ngo} tại xã {xa}',
      'Hội thảo quốc tế về {linhVuc} tại Sơn La năm {year}',
    ],
    summaries: [
      'Dự án có tổng kinh phí tài trợ hàng tỷ đồng, được triển khai tại các xã vùng cao của huyện {huyen}.',
      'Sau thời gian triển khai, dự án đã góp phần nâng cao đời sống của đồng bào các dân tộc trên địa bàn huyện {huyen}.',
      'Hội nghị là dịp để tỉnh Sơn La giới thiệu tiềm năng, thế mạnh và các dự án cần kêu gọi đầu tư tới đối tác {nuoc}.',
    ],
    sentences: [
      'Từ năm 2000 đến nay đã có trên 70 tổ chức phi chính phủ nước ngoài có hoạt động tài trợ cho tỉnh Sơn La.',
      'Dự án tập trung vào lĩnh vực {linhVuc}, hướng tới các hộ nghèo và trẻ em ở các bản đặc biệt khó khăn.',
      'Đại diện {ngo} đánh giá cao sự phối hợp của các sở, ngành và chính quyền địa phương trong quá trình thực hiện dự án.',
      'Sở Ngoại vụ đề nghị các địa phương tiếp nhận viện trợ thực hiện đúng quy định về quản lý và sử dụng viện trợ.',
      'Doanh nghiệp {nuoc} bày tỏ mong muốn đầu tư vào chế biến nông sản, du lịch sinh thái và năng lượng tái tạo.',
      'Biên bản ghi nhớ được ký kết là cơ sở để hai bên triển khai các chương trình hợp tác cụ thể trong thời gian tới.',
      'Công trình {congTrinh} đưa vào sử dụng đáp ứng nhu cầu thiết yếu của hơn 200 hộ dân trong bản.',
    ],
    coverAlts: [
      'Lễ ký kết biên bản ghi nhớ hợp tác',
      'Đại diện {ngo} phát biểu tại hội nghị tổng kết dự án',
      'Người dân bản vùng cao huyện {huyen} sử dụng {congTrinh} mới',
    ],
  },
  'Biên giới lãnh thổ': {
    titles: [
      'Kiểm tra công tác quản lý, bảo vệ mốc quốc giới tại huyện {bienGioi} năm {year}',
      'Hội nghị giao ban công tác biên giới giữa tỉnh Sơn La và tỉnh {laoBorder} năm {year}',
      'Tuyên truyền pháp luật về biên giới quốc gia cho đồng bào xã {xa} năm {year}',
      'Đẩy mạnh quản lý hoạt động qua lại tại {cuaKhau} năm {year}',
      'Sơ kết thực hiện Hiệp định về Quy chế quản lý biên giới Việt Nam – Lào năm {year}',
      'Đoàn công tác liên ngành khảo sát tuyến biên giới huyện {bienGioi} tháng {month}/{year}',
      'Hội đàm với Ủy ban Biên giới tỉnh {laoBorder} tại {cuaKhau} tháng {month}/{year}',
    ],
    summaries: [
      'Đoàn kiểm tra do Sở Ngoại vụ chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện tại các xã biên giới.',
      'Hai bên thống nhất tiếp tục phối hợp quản lý, bảo vệ đường biên giới, mốc quốc giới hòa bình, hữu nghị, ổn định.',
      'Hoạt động góp phần nâng cao nhận thức của đồng bào về chủ quyền lãnh thổ và an ninh biên giới quốc gia.',
    ],
    sentences: [
      'Tỉnh Sơn La có 250 km đường biên giới giáp với hai tỉnh Hủa Phăn và Luông Pha Bang của nước CHDCND Lào.',
      'Đoàn đã kiểm tra thực địa hệ thống mốc quốc giới, cọc dấu và biển báo trên địa bàn xã {xa}.',
      'Tình hình an ninh trật tự trên tuyến biên giới cơ bản ổn định, hoạt động qua lại của cư dân biên giới diễn ra bình thường.',
      'Các lực lượng chức năng hai bên duy trì tuần tra song phương, trao đổi thông tin thường xuyên.',
      'Đồng bào các dân tộc xã {xa} tích cực tham gia tự quản đường biên, cột mốc và an ninh trật tự thôn bản.',
      'Sở Ngoại vụ đề nghị các địa phương tăng cường tuyên truyền, vận động nhân dân không vượt biên trái phép.',
      'Hoạt động xuất nhập khẩu qua {cuaKhau} tiếp tục tăng cả về kim ngạch và số lượt phương tiện.',
    ],
    coverAlts: [
      'Đoàn công tác kiểm tra mốc quốc giới tại huyện {bienGioi}',
      'Lực lượng chức năng hai bên tuần tra song phương trên tuyến biên giới',
      'Quang cảnh {cuaKhau}',
    ],
  },
  'Người Việt Nam ở nước ngoài': {
    titles: [
      'Gặp mặt kiều bào về quê đón Tết Nguyên đán {year}',
      'Hỗ trợ bà con người Việt Nam tại tỉnh {lao} ổn định cuộc sống năm {year}',
      'Triển khai công tác người Việt Nam ở nước ngoài năm {year}',
      'Hội người Việt Nam tại tỉnh {lao} thăm và làm việc tại Sơn La năm {year}',
      'Tiếp nhận, hỗ trợ công dân trở về từ tỉnh {lao} tháng {month}/{year}',
      'Bảo hộ công dân huyện {huyen} gặp nạn tại nước ngoài tháng {month}/{year}',
      'Kiều bào tại {nuoc} chung tay hỗ trợ học sinh huyện {huyen}',
    ],
    summaries: [
      'Buổi gặp mặt là dịp để lãnh đạo tỉnh thông tin tới kiều bào về tình hình phát triển kinh tế – xã hội của địa phương.',
      'Đông đảo bà con người Việt Nam ở nước ngoài đã bày tỏ mong muốn đóng góp cho sự phát triển của quê hương Sơn La.',
    ],
    sentences: [
      'Cộng đồng người Việt Nam tại tỉnh {lao} luôn hướng về quê hương, đất nước và tuân thủ pháp luật nước sở tại.',
      'Sở Ngoại vụ đã phối hợp với các cơ quan liên quan giải quyết kịp thời các vụ việc lãnh sự liên quan đến công dân.',
      'Tỉnh Sơn La luôn tạo điều kiện thuận lợi để kiều bào về thăm quê, đầu tư, kinh doanh tại địa phương.',
      'Đại diện kiều bào đề nghị tỉnh quan tâm hơn nữa tới việc dạy và học tiếng Việt cho thế hệ trẻ.',
      'Công tác bảo hộ công dân được thực hiện đúng quy định, bảo đảm quyền và lợi ích hợp pháp của công dân.',
    ],
    coverAlts: ['Lãnh đạo tỉnh tặng quà kiều bào tiêu biểu', 'Quang cảnh buổi gặp mặt kiều bào', 'Đại diện kiều bào phát biểu'],
  },
  'Thông tin đối ngoại': {
    titles: [
      'Tập huấn nghiệp vụ thông tin đối ngoại năm {year}',
      'Quảng bá hình ảnh Sơn La tại {suKien} năm {year}',
      'Phát hành ấn phẩm giới thiệu tiềm năng, thế mạnh tỉnh Sơn La năm {year}',
      'Đẩy mạnh thông tin đối ngoại về chủ quyền biên giới quốc gia tại huyện {bienGioi}',
      'Đoàn phóng viên báo chí {nuoc} tìm hiểu tiềm năng du lịch huyện {huyen}',
      'Tập huấn kỹ năng phát ngôn, cung cấp thông tin cho cán bộ huyện {huyen} năm {year}',
      'Giới thiệu cà phê và trái cây Sơn La tới bạn bè {nuoc} năm {year}',
    ],
    summaries: [
      'Lớp tập huấn có sự tham gia của đại biểu đến từ các sở, ban, ngành, đoàn thể và các huyện, thành phố.',
      'Công tác thông tin đối ngoại góp phần quảng bá hình ảnh đất và người Sơn La tới bạn bè quốc tế.',
    ],
    sentences: [
      'Các đại biểu được cung cấp kiến thức về công tác thông tin đối ngoại, kỹ năng phát ngôn và cung cấp thông tin cho báo chí.',
      'Ấn phẩm giới thiệu các điểm du lịch nổi tiếng như cao nguyên Mộc Châu, lòng hồ thủy điện Sơn La và Quỳnh Nhai.',
      'Sở Ngoại vụ đã phối hợp với Báo Sơn La và Đài Phát thanh – Truyền hình tỉnh xây dựng chuyên mục đối ngoại.',
      'Thông tin đối ngoại cần đi trước một bước, chủ động định hướng dư luận và đấu tranh với thông tin sai lệch.',
      'Trang thông tin điện tử của Sở được cập nhật thường xuyên, đáp ứng nhu cầu tìm hiểu của người đọc trong và ngoài nước.',
    ],
    coverAlts: ['Quang cảnh lớp tập huấn thông tin đối ngoại', 'Gian trưng bày giới thiệu sản phẩm của tỉnh Sơn La', 'Ấn phẩm thông tin đối ngoại của tỉnh'],
  },
  'Hoạt động của Sở': {
    titles: [
      'Đảng ủy Sở Ngoại vụ học tập, quán triệt nghị quyết của Đảng năm {year}',
      'Sở Ngoại vụ tổ chức hội nghị cán bộ, công chức, viên chức năm {year}',
      'Sở Ngoại vụ tổng kết công tác năm {year}, triển khai nhiệm vụ năm {nextYear}',
      'Đào tạo, bồi dưỡng kiến thức đối ngoại cho cán bộ huyện {huyen} năm {year}',
      'Công đoàn Sở Ngoại vụ tổ chức các hoạt động chào mừng ngày 20/10/{year}',
      'Chi bộ {phong} sinh hoạt chuyên đề tháng {month}/{year}',
      'Đồng chí {nguoi} được bổ nhiệm giữ chức vụ Phó Giám đốc Sở Ngoại vụ',
      'Sở Ngoại vụ sơ kết công tác 6 tháng đầu năm {year}',
      'Đoàn thanh niên Sở Ngoại vụ ra quân tình nguyện tại xã {xa} năm {year}',
    ],
    summaries: [
      'Năm {year}, Sở Ngoại vụ đã hoàn thành tốt các nhiệm vụ được giao, tham mưu hiệu quả cho Tỉnh ủy, UBND tỉnh về công tác đối ngoại.',
      'Hội nghị đã thảo luận, thông qua nhiều nội dung quan trọng và phát động phong trào thi đua năm {year}.',
      'Lớp bồi dưỡng trang bị cho đội ngũ cán bộ những kiến thức cơ bản về công tác đối ngoại địa phương.',
    ],
    sentences: [
      'Đảng ủy Sở đã chỉ đạo các chi bộ tổ chức học tập, quán triệt đầy đủ, nghiêm túc các nghị quyết của Đảng.',
      'Toàn thể cán bộ, công chức của Sở đoàn kết, nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị được giao.',
      'Sở tiếp tục đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số trong hoạt động của cơ quan.',
      'Năm {year}, Sở đã tham mưu tổ chức đón tiếp hàng chục đoàn khách quốc tế đến thăm và làm việc tại tỉnh.',
      'Đồng chí {nguoi}, Giám đốc Sở, đề nghị các phòng chuyên môn chủ động xây dựng kế hoạch, bám sát nhiệm vụ.',
      'Công tác đào tạo, bồi dưỡng được chú trọng, nhiều cán bộ được cử tham gia các lớp bồi dưỡng nghiệp vụ đối ngoại.',
      'Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được tặng bằng khen, giấy khen.',
    ],
    coverAlts: ['Quang cảnh hội nghị', 'Đồng chí Giám đốc Sở phát biểu chỉ đạo', 'Các đại biểu biểu quyết thông qua nghị quyết hội nghị'],
  },
  'Thông báo': {
    titles: [
      'Thông báo tuyển dụng công chức Sở Ngoại vụ năm {year}',
      'Thông báo lịch tiếp công dân của Giám đốc Sở tháng {month}/{year}',
      'Thông báo lịch nghỉ {nghiLe} năm {year}',
      'Thông báo kết quả xét tuyển viên chức năm {year}',
      'Thông báo lấy ý kiến dự thảo quy chế quản lý đoàn ra, đoàn vào năm {year}',
      'Thông báo mời báo giá mua sắm trang thiết bị văn phòng năm {year}',
      'Thông báo thay đổi lịch họp giao ban tháng {month}/{year}',
    ],
    summaries: [
      'Sở Ngoại vụ tỉnh Sơn La thông báo để các tổ chức, cá nhân được biết và thực hiện.',
      'Mọi thông tin chi tiết xin liên hệ {phong}, Sở Ngoại vụ tỉnh Sơn La, trong giờ hành chính.',
    ],
    sentences: [
      'Hồ sơ đăng ký được nộp trực tiếp tại {phong} hoặc gửi qua đường bưu điện.',
      'Thời gian thực hiện: trong giờ hành chính các ngày làm việc, từ thứ Hai đến thứ Sáu.',
      'Đối tượng áp dụng là cán bộ, công chức, viên chức và người lao động thuộc Sở Ngoại vụ.',
      'Các đơn vị có ý kiến góp ý đề nghị gửi về Sở Ngoại vụ trước ngày 25 tháng {month} năm {year}.',
      'Sở Ngoại vụ sẽ tổng hợp ý kiến và báo cáo UBND tỉnh xem xét, quyết định.',
    ],
    coverAlts: ['Trụ sở Sở Ngoại vụ tỉnh Sơn La', 'Bộ phận tiếp nhận hồ sơ của Sở Ngoại vụ'],
  },
};

export const GENERAL_SENTENCES: readonly string[] = [
  'Đây là hoạt động cụ thể hóa chương trình công tác đối ngoại năm {year} của tỉnh Sơn La.',
  'Thời gian qua, công tác đối ngoại của tỉnh được triển khai đồng bộ, toàn diện trên cả ba trụ cột: đối ngoại Đảng, ngoại giao nhà nước và đối ngoại nhân dân.',
  'Các đại biểu đều khẳng định quyết tâm đẩy mạnh hợp tác, đưa quan hệ giữa các bên ngày càng đi vào chiều sâu, thực chất và hiệu quả.',
  'Đồng chí {chucVu} đề nghị các sở, ngành, địa phương tiếp tục phối hợp chặt chẽ để thực hiện tốt các nội dung đã thống nhất.',
  'Sở Ngoại vụ được giao chủ trì, phối hợp với các đơn vị liên quan tổ chức triển khai thực hiện.',
  'Hoạt động diễn ra trong không khí trang trọng, cởi mở và thân tình.',
  'Những kết quả đạt được đã góp phần quan trọng vào sự nghiệp phát triển kinh tế – xã hội của tỉnh.',
  'Việc thực hiện tốt nhiệm vụ này có ý nghĩa đặc biệt quan trọng trong bối cảnh hội nhập quốc tế ngày càng sâu rộng.',
  'Lãnh đạo các huyện biên giới cam kết tạo mọi điều kiện thuận lợi để các hoạt động được triển khai đúng tiến độ.',
  'Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn của địa phương.',
  'Tỉnh Sơn La và các địa phương đối tác đã duy trì trao đổi đoàn các cấp đều đặn hằng năm.',
  'Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La luôn trân trọng, giữ gìn mối quan hệ đặc biệt với nhân dân Lào.',
  'Dịp này, đại diện các đơn vị đã ký kết nhiều văn bản hợp tác trong các lĩnh vực y tế, giáo dục và văn hóa.',
  'Đồng chí {nguoi}, đại diện {phong}, đã báo cáo tóm tắt kết quả thực hiện nhiệm vụ năm {prevYear}.',
  'Đến nay, nhiều nội dung hợp tác đã được triển khai, đem lại hiệu quả thiết thực cho người dân hai bên biên giới.',
  'Trong thời gian tới, Sở Ngoại vụ sẽ tiếp tục tham mưu để công tác đối ngoại địa phương đạt kết quả cao hơn.',
];

export const HEADINGS: readonly string[] = [
  'Kết quả nổi bật năm {year}',
  'Phương hướng trong thời gian tới',
  'Đẩy mạnh hợp tác toàn diện',
  'Những khó khăn, vướng mắc',
  'Đề xuất, kiến nghị',
];

export const LIST_LEADS: readonly string[] = [
  'Một số kết quả nổi bật:',
  'Hai bên thống nhất các nội dung sau:',
  'Trong thời gian tới, Sở Ngoại vụ tập trung vào các nhiệm vụ:',
];

export const LIST_ITEMS: readonly string[] = [
  'Tăng cường trao đổi đoàn các cấp giữa hai tỉnh',
  'Đẩy mạnh hợp tác đào tạo nguồn nhân lực cho tỉnh {lao}',
  'Phối hợp quản lý, bảo vệ đường biên giới và mốc quốc giới',
  'Tạo điều kiện thuận lợi cho doanh nghiệp đầu tư, kinh doanh',
  'Nâng cao hiệu quả vận động viện trợ phi chính phủ nước ngoài',
  'Đổi mới công tác thông tin đối ngoại, ứng dụng chuyển đổi số',
  'Đào tạo, bồi dưỡng đội ngũ cán bộ làm công tác đối ngoại',
  'Tổ chức tốt các hoạt động kỷ niệm ngày lễ lớn của hai nước',
];

export const SOURCES: readonly string[] = [
  'Báo Sơn La',
  'Cổng Thông tin điện tử tỉnh Sơn La',
  'Báo Điện tử Đảng Cộng sản Việt Nam',
  'Thông tấn xã Việt Nam',
  'Đài Phát thanh và Truyền hình Sơn La',
];
