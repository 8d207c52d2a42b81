import type { CollectionName } from '../lib/collections';

/**
 * Vietnamese labels of the web editor (/admin/), for each collection and each
 * field of its schema, by path (`photos.alt`). src/lib/cms-config.ts builds the
 * editor's configuration from the schemas and these labels, and stops when a
 * schema field has no label here, so a field added to a schema must be named
 * here too (src/lib/cms-config.test.ts).
 */
export const CMS_LABELS: Record<CollectionName, { label: string; fields: Record<string, string> }> = {
  news: {
    label: 'Tin tức',
    fields: {
      title: 'Tiêu đề',
      date: 'Ngày đăng',
      category: 'Chuyên mục',
      summary: 'Tóm tắt (một, hai câu)',
      cover: 'Ảnh bìa',
      coverAlt: 'Mô tả ảnh bìa (bắt buộc khi có ảnh)',
      author: 'Tác giả',
      source: 'Nguồn (khi lấy từ nơi khác)',
    },
  },
  documents: {
    label: 'Văn bản',
    fields: {
      number: 'Số/ký hiệu',
      type: 'Loại văn bản',
      issuer: 'Cơ quan ban hành',
      field: 'Lĩnh vực',
      signer: 'Người ký',
      issued: 'Ngày ban hành',
      effective: 'Ngày hiệu lực',
      status: 'Tình trạng hiệu lực',
      summary: 'Trích yếu',
      files: 'Tệp đính kèm (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS)',
      'files.file': 'Tệp',
      'files.title': 'Tên hiển thị (không bắt buộc)',
    },
  },
  albums: {
    label: 'Album ảnh',
    fields: {
      title: 'Tên album',
      date: 'Ngày sự kiện',
      summary: 'Giới thiệu ngắn',
      cover: 'Ảnh đại diện (bỏ trống: ảnh đầu tiên)',
      photos: 'Các ảnh',
      'photos.file': 'Ảnh',
      'photos.alt': 'Mô tả ảnh (bắt buộc)',
      'photos.caption': 'Chú thích',
      'photos.credit': 'Người chụp',
    },
  },
  videos: {
    label: 'Video',
    fields: {
      title: 'Tên video',
      date: 'Ngày đăng',
      summary: 'Giới thiệu ngắn',
      source: 'Nguồn video (điền một trong hai)',
      'source.file': 'Tệp MP4 đặt trên trang',
      'source.youtube': 'Mã video YouTube (11 ký tự)',
      poster: 'Ảnh hiện trước khi phát',
      posterAlt: 'Mô tả ảnh',
      duration: 'Độ dài (phút:giây)',
      captions: 'Phụ đề .vtt (chỉ cho tệp MP4)',
    },
  },
  about: {
    label: 'Giới thiệu',
    fields: {
      title: 'Tiêu đề',
      summary: 'Tóm tắt',
      order: 'Thứ tự trong mục Giới thiệu (1 đứng đầu)',
      author: 'Người viết',
      updated: 'Ngày cập nhật',
      timeline: 'Các mốc thời gian',
      'timeline.period': 'Năm hoặc giai đoạn',
      'timeline.event': 'Sự kiện',
    },
  },
  aboutEn: {
    label: 'Giới thiệu (tiếng Anh)',
    fields: {
      title: 'Tiêu đề (tiếng Anh)',
      summary: 'Tóm tắt (tiếng Anh)',
      order: 'Thứ tự trong mục About (1 đứng đầu)',
      author: 'Người viết',
      updated: 'Ngày cập nhật',
      timeline: 'Các mốc thời gian (tiếng Anh)',
      'timeline.period': 'Năm hoặc giai đoạn',
      'timeline.event': 'Sự kiện (tiếng Anh)',
    },
  },
  leadersEn: {
    label: 'Lãnh đạo Sở (tiếng Anh)',
    fields: {
      name: 'Họ và tên',
      position: 'Chức vụ (tiếng Anh)',
      order: 'Thứ tự (1 là Giám đốc)',
      phone: 'Điện thoại cơ quan',
      email: 'Thư điện tử',
      photo: 'Ảnh chân dung',
      photoAlt: 'Mô tả ảnh chân dung (tiếng Anh)',
    },
  },
  leaders: {
    label: 'Lãnh đạo Sở',
    fields: {
      name: 'Họ và tên',
      position: 'Chức vụ',
      order: 'Thứ tự (1 là Giám đốc)',
      phone: 'Điện thoại cơ quan',
      email: 'Thư điện tử',
      photo: 'Ảnh chân dung',
      photoAlt: 'Mô tả ảnh chân dung',
    },
  },
  site: {
    label: 'Thông tin Sở',
    fields: {
      name: 'Tên cơ quan',
      parent: 'Cơ quan chủ quản',
      address: 'Địa chỉ',
      phone: 'Điện thoại',
      fax: 'Fax',
      email: 'Thư điện tử',
      hotlines: 'Đường dây nóng',
      'hotlines.label': 'Tên',
      'hotlines.labelEn': 'Tên trên trang tiếng Anh (mặc định: Hotline)',
      'hotlines.number': 'Số điện thoại',
      responsible: 'Người chịu trách nhiệm nội dung',
      en: 'Bản tiếng Anh (các trang /en/)',
      'en.name': 'Tên cơ quan bằng tiếng Anh',
      'en.parent': 'Cơ quan chủ quản bằng tiếng Anh',
      'en.address': 'Địa chỉ bằng tiếng Anh',
      'en.responsible': 'Người chịu trách nhiệm nội dung, bằng tiếng Anh',
    },
  },
  links: {
    label: 'Liên kết website',
    fields: {
      groups: 'Nhóm liên kết',
      'groups.title': 'Tên nhóm',
      'groups.links': 'Liên kết',
      'groups.links.title': 'Tên website',
      'groups.links.url': 'Địa chỉ (https://…)',
    },
  },
  stats: {
    label: 'Thống kê truy cập',
    fields: {
      legacyTotal: 'Số lượt truy cập của trang cũ',
      legacySource: 'Nguồn số liệu trang cũ',
      online: 'Bộ đếm "Đang truy cập" (không bắt buộc)',
      'online.path': 'Đường dẫn trên máy chủ bộ đếm (máy chủ do bộ phận kỹ thuật đặt)',
      'online.field': 'Tên trường chứa con số',
      emc: 'Mã theo dõi EMC (không bắt buộc)',
      'emc.enabled': 'Bật',
      'emc.siteId': 'Mã website EMC cấp',
    },
  },
  redirects: {
    label: 'Chuyển hướng địa chỉ cũ',
    fields: {
      redirects: 'Địa chỉ cũ và trang mới',
      'redirects.from': 'Địa chỉ cũ (bắt đầu bằng /, có thể có ?…)',
      'redirects.to': 'Trang mới của site (/tin-tuc/ten-bai/)',
    },
  },
};
