import { VALID_TREE, article } from './content-tree';

/**
 * A small content tree with every setting filled in and page views exported,
 * for the build tests and screenshots. The contacts are made up: content/
 * carries the agency's real facts only, and has no address, fax or e-mail yet.
 */
export const SETTINGS_TREE: Record<string, string> = {
  ...VALID_TREE,
  'cai-dat/site.yaml': [
    'name: Sở Ngoại vụ tỉnh Sơn La',
    'parent: Ủy ban nhân dân tỉnh Sơn La',
    'address: Số 1 đường Ví Dụ, phường Mẫu, tỉnh Sơn La',
    'phone: 0212 3850 100 máy lẻ 12',
    'fax: (0212) 3850.101',
    'email: vanthu@example.vn',
    'hotlines:',
    '  - label: Đường dây nóng',
    '    number: 022 3850 384',
    '  - label: Hỗ trợ công dân',
    '    number: 0912 345 678',
    'responsible: Giám đốc Sở',
    'reception: 0212 3850 102',
    'hours: Sáng 7:00–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu',
    '',
  ].join('\n'),
  'cai-dat/lien-ket.yaml': [
    'groups:',
    '  - title: Trung ương',
    '    links:',
    '      - title: Cổng Thông tin điện tử Chính phủ',
    '        url: https://chinhphu.vn/',
    '      - title: Bộ Ngoại giao',
    '        url: https://mofa.gov.vn/',
    '  - title: Tỉnh Sơn La',
    '    links:',
    '      - title: Cổng Thông tin điện tử tỉnh Sơn La',
    '        url: http://sonla.gov.vn/',
    '',
  ].join('\n'),
  'cai-dat/thong-ke.yaml': ['legacyTotal: 96317', 'legacySource: Bộ đếm trang cũ', 'online:', '  path: /api/online', '  field: visitors', ''].join('\n'),
  'cai-dat/thong-ke/2025-03.csv': [
    'date,path,views',
    '2025-03-01,/tin-tuc/hop-bao/,900',
    '2025-03-02,/tin-tuc/doan-cong-tac-lao/,40',
    '2025-03-30,/,120',
    '2025-03-30,/tin-tuc/hoi-nghi-hop-tac/,12',
    '2025-03-31,/,230',
    '2025-03-31,/tin-tuc/doan-cong-tac-lao/,25',
    '2025-03-31,/tin-tuc/hoi-nghi-hop-tac/,18',
    '2025-03-31,/tin-tuc/bai-da-xoa/,500',
    '',
  ].join('\n'),
  'tin-tuc/doan-cong-tac-lao.md': article({ title: 'Đoàn công tác tỉnh Luang Prabang thăm Sơn La', date: '2025-03-02' }),
  'tin-tuc/hoi-nghi-hop-tac.md': article({ title: 'Hội nghị hợp tác quốc tế năm 2025', date: '2025-03-20' }),
};
