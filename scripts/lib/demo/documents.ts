/**
 * Demo official documents (văn bản): who issues each type, how its number
 * (số/ký hiệu) is written, what it is about. Numbers follow the real shapes:
 * `12/2024/QĐ-UBND` (legal normative), `345/SNgV-VP` (administrative),
 * `12-CT/TU` (Party documents).
 */
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../src/schemas/documents';
import { addDays, dayNumber, type Random } from './random';
import { Filler, personName } from './text';

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
type Status = (typeof DOCUMENT_STATUSES)[number];

interface Variant {
  issuer: string | string[];
  /** `year`: n/yyyy/CODE; `plain`: n/CODE; `party`: n-CODE. */
  form: 'year' | 'plain' | 'party';
  code: string;
  /** Highest number this issuer reaches in a year. */
  max: number;
  signer: string;
  /** Trích yếu templates, each with its lĩnh vực. */
  about: [summary: string, field: string][];
}

const UBND = 'UBND tỉnh Sơn La';
const SNGV = 'Sở Ngoại vụ tỉnh Sơn La';
const HTQT = 'Hợp tác quốc tế';
const BG = 'Biên giới lãnh thổ';
const NGO = 'Viện trợ phi chính phủ nước ngoài';
const TCBM = 'Tổ chức bộ máy';
const LS = 'Lãnh sự';

const VARIANTS: Record<DocumentType, Variant[]> = {
  Luật: [
    {
      issuer: 'Quốc hội',
      form: 'year',
      code: 'QH',
      max: 70,
      signer: 'Chủ tịch Quốc hội',
      about: [
        ['Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', LS],
        ['Luật Thỏa thuận quốc tế', HTQT],
        ['Luật sửa đổi, bổ sung một số điều của Luật Biên giới quốc gia', BG],
      ],
    },
  ],
  'Nghị quyết': [
    {
      issuer: 'HĐND tỉnh Sơn La',
      form: 'year',
      code: 'NQ-HĐND',
      max: 60,
      signer: 'Chủ tịch HĐND tỉnh',
      about: [
        ['Quy định mức chi đón tiếp khách nước ngoài, tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh Sơn La', 'Tài chính đối ngoại'],
        ['Quy định chính sách hỗ trợ lưu học sinh Lào học tập tại tỉnh Sơn La', 'Hợp tác giáo dục'],
      ],
    },
    {
      issuer: 'Tỉnh ủy Sơn La',
      form: 'party',
      code: 'NQ/TU',
      max: 40,
      signer: 'Bí thư Tỉnh ủy',
      about: [['Về tăng cường hợp tác toàn diện với các tỉnh Bắc Lào giai đoạn {year}–{endYear}', HTQT]],
    },
  ],
  'Nghị định': [
    {
      issuer: 'Chính phủ',
      form: 'year',
      code: 'NĐ-CP',
      max: 180,
      signer: 'Thủ tướng Chính phủ',
      about: [
        ['Quy định về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức dành cho Việt Nam', NGO],
        ['Quy định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam', 'Hội nghị, hội thảo quốc tế'],
        ['Quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương', TCBM],
      ],
    },
  ],
  'Quyết định': [
    {
      issuer: UBND,
      form: 'year',
      code: 'QĐ-UBND',
      max: 60,
      signer: 'Chủ tịch UBND tỉnh',
      about: [
        ['Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ tỉnh Sơn La', TCBM],
        ['Ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Sơn La', HTQT],
      ],
    },
    {
      issuer: UBND,
      form: 'plain',
      code: 'QĐ-UBND',
      max: 3200,
      signer: 'Phó Chủ tịch UBND tỉnh',
      about: [
        ['Về việc phê duyệt khoản viện trợ của {ngo} cho huyện {huyen}', NGO],
        ['Về việc cử đoàn công tác của tỉnh Sơn La sang thăm và làm việc tại tỉnh {lao}', HTQT],
      ],
    },
    {
      issuer: SNGV,
      form: 'plain',
      code: 'QĐ-SNgV',
      max: 180,
      signer: 'Giám đốc Sở',
      about: [
        ['Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác năm {year}', 'Thi đua, khen thưởng'],
        ['Ban hành Quy chế làm việc của Sở Ngoại vụ tỉnh Sơn La', TCBM],
      ],
    },
  ],
  'Chỉ thị': [
    {
      issuer: UBND,
      form: 'plain',
      code: 'CT-UBND',
      max: 30,
      signer: 'Chủ tịch UBND tỉnh',
      about: [
        ['Về tăng cường công tác quản lý đoàn ra, đoàn vào trên địa bàn tỉnh', HTQT],
        ['Về đẩy mạnh công tác quản lý, bảo vệ đường biên giới, mốc quốc giới', BG],
      ],
    },
    {
      issuer: 'Tỉnh ủy Sơn La',
      form: 'party',
      code: 'CT/TU',
      max: 40,
      signer: 'Bí thư Tỉnh ủy',
      about: [['Về tăng cường sự lãnh đạo của Đảng đối với công tác đối ngoại nhân dân', 'Đối ngoại nhân dân']],
    },
  ],
  'Thông tư': [
    {
      issuer: 'Bộ Ngoại giao',
      form: 'year',
      code: 'TT-BNG',
      max: 12,
      signer: 'Bộ trưởng Bộ Ngoại giao',
      about: [
        ['Quy định về thủ tục cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ', LS],
        ['Hướng dẫn công tác thông tin đối ngoại của các địa phương', 'Thông tin đối ngoại'],
      ],
    },
    {
      issuer: 'Bộ Nội vụ',
      form: 'year',
      code: 'TT-BNV',
      max: 20,
      signer: 'Bộ trưởng Bộ Nội vụ',
      about: [['Hướng dẫn tiêu chuẩn chức danh lãnh đạo cơ quan ngoại vụ địa phương', TCBM]],
    },
  ],
  'Thông tư liên tịch': [
    {
      issuer: ['Bộ Ngoại giao', 'Bộ Nội vụ'],
      form: 'year',
      code: 'TTLT-BNG-BNV',
      max: 9,
      signer: 'Thứ trưởng Bộ Ngoại giao',
      about: [['Hướng dẫn về công tác ngoại vụ của Ủy ban nhân dân cấp huyện', TCBM]],
    },
    {
      issuer: ['Bộ Ngoại giao', 'Bộ Tài chính'],
      form: 'year',
      code: 'TTLT-BNG-BTC',
      max: 9,
      signer: 'Thứ trưởng Bộ Tài chính',
      about: [['Quy định chế độ chi đón tiếp khách nước ngoài vào làm việc tại Việt Nam', 'Tài chính đối ngoại']],
    },
  ],
  'Kế hoạch': [
    {
      issuer: UBND,
      form: 'plain',
      code: 'KH-UBND',
      max: 320,
      signer: 'Phó Chủ tịch UBND tỉnh',
      about: [
        ['Triển khai công tác đối ngoại năm {year} trên địa bàn tỉnh Sơn La', HTQT],
        ['Tổ chức các hoạt động kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào', HTQT],
      ],
    },
    {
      issuer: SNGV,
      form: 'plain',
      code: 'KH-SNgV',
      max: 90,
      signer: 'Giám đốc Sở',
      about: [
        ['Thông tin đối ngoại năm {year}', 'Thông tin đối ngoại'],
        ['Đào tạo, bồi dưỡng kiến thức đối ngoại cho cán bộ, công chức năm {year}', 'Đào tạo, bồi dưỡng'],
      ],
    },
    {
      issuer: 'Tỉnh ủy Sơn La',
      form: 'party',
      code: 'KH/TU',
      max: 200,
      signer: 'Phó Bí thư Thường trực Tỉnh ủy',
      about: [['Thực hiện chương trình đối ngoại của Tỉnh ủy năm {year}', 'Đối ngoại Đảng']],
    },
  ],
  'Công văn': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'SNgV-VP',
      max: 900,
      signer: 'Phó Giám đốc Sở',
      about: [
        ['V/v chuẩn bị đón tiếp đoàn đại biểu tỉnh {lao}', HTQT],
        ['V/v báo cáo tình hình thực hiện các dự án viện trợ phi chính phủ nước ngoài năm {year}', NGO],
      ],
    },
    { issuer: SNGV, form: 'plain', code: 'SNgV-LS', max: 400, signer: 'Phó Giám đốc Sở', about: [['V/v phối hợp xác minh nhân thân công dân', LS]] },
    { issuer: SNGV, form: 'plain', code: 'SNgV-BG', max: 400, signer: 'Giám đốc Sở', about: [['V/v tăng cường quản lý hoạt động qua lại {cuaKhau}', BG]] },
    {
      issuer: 'Bộ Ngoại giao',
      form: 'plain',
      code: 'BNG-NgV',
      max: 5000,
      signer: 'Cục trưởng Cục Ngoại vụ',
      about: [['V/v hướng dẫn công tác đối ngoại địa phương năm {year}', HTQT]],
    },
  ],
  'Báo cáo': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'BC-SNgV',
      max: 300,
      signer: 'Giám đốc Sở',
      about: [
        ['Kết quả công tác đối ngoại năm {year}, phương hướng nhiệm vụ năm {nextYear}', HTQT],
        ['Tình hình vận động, quản lý và sử dụng viện trợ phi chính phủ nước ngoài năm {year}', NGO],
      ],
    },
    {
      issuer: UBND,
      form: 'plain',
      code: 'BC-UBND',
      max: 700,
      signer: 'Phó Chủ tịch UBND tỉnh',
      about: [['Kết quả thực hiện Hiệp định về Quy chế quản lý biên giới và cửa khẩu biên giới Việt Nam – Lào năm {year}', BG]],
    },
  ],
  'Thông báo': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'TB-SNgV',
      max: 150,
      signer: 'Chánh Văn phòng Sở',
      about: [
        ['Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng {month}/{year}', 'Hành chính'],
        ['Về việc tuyển dụng công chức năm {year}', TCBM],
      ],
    },
    {
      issuer: UBND,
      form: 'plain',
      code: 'TB-UBND',
      max: 900,
      signer: 'Chánh Văn phòng UBND tỉnh',
      about: [['Ý kiến kết luận của lãnh đạo UBND tỉnh tại buổi làm việc với đoàn đại biểu tỉnh {lao}', HTQT]],
    },
  ],
  'Hướng dẫn': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'HD-SNgV',
      max: 40,
      signer: 'Giám đốc Sở',
      about: [
        ['Thực hiện quy trình tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh', 'Hội nghị, hội thảo quốc tế'],
        ['Lập hồ sơ đề nghị cấp hộ chiếu ngoại giao, hộ chiếu công vụ', LS],
      ],
    },
    {
      issuer: 'Bộ Ngoại giao',
      form: 'plain',
      code: 'HD-BNG',
      max: 90,
      signer: 'Thứ trưởng Bộ Ngoại giao',
      about: [['Triển khai công tác người Việt Nam ở nước ngoài tại địa phương', 'Người Việt Nam ở nước ngoài']],
    },
  ],
  'Điều ước quốc tế': [
    {
      issuer: ['Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Chính phủ nước Cộng hòa dân chủ nhân dân Lào'],
      form: 'plain',
      code: 'HĐ-VN-LA',
      max: 20,
      signer: 'Bộ trưởng Bộ Ngoại giao',
      about: [['Hiệp định về Quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền Việt Nam – Lào', BG]],
    },
  ],
  'Thỏa thuận quốc tế': [
    {
      issuer: ['UBND tỉnh Sơn La', 'Chính quyền tỉnh Hủa Phăn'],
      form: 'plain',
      code: 'TTQT-SL',
      max: 30,
      signer: 'Chủ tịch UBND tỉnh',
      about: [
        ['Biên bản ghi nhớ hợp tác giữa tỉnh Sơn La và tỉnh {lao} giai đoạn {year}–{endYear}', HTQT],
        ['Thỏa thuận hợp tác về giáo dục, đào tạo giữa tỉnh Sơn La và tỉnh {lao}', 'Hợp tác giáo dục'],
      ],
    },
  ],
  'Dự thảo lấy ý kiến': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'DT-SNgV',
      max: 40,
      signer: 'Giám đốc Sở',
      about: [
        ['Dự thảo Quyết định ban hành Quy chế quản lý đoàn ra, đoàn vào trên địa bàn tỉnh Sơn La', 'Quản lý đoàn ra, đoàn vào'],
        ['Dự thảo Nghị quyết quy định mức chi đón tiếp khách nước ngoài trên địa bàn tỉnh Sơn La', 'Tài chính đối ngoại'],
      ],
    },
  ],
  'Quy chế': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'QC-SNgV',
      max: 20,
      signer: 'Giám đốc Sở',
      about: [['Quy chế chi tiêu nội bộ của Sở Ngoại vụ năm {year}', 'Tài chính']],
    },
  ],
  'Quy định': [
    {
      issuer: UBND,
      form: 'year',
      code: 'QĐ-UBND',
      max: 60,
      signer: 'Chủ tịch UBND tỉnh',
      about: [['Quy định quản lý đoàn ra, đoàn vào trên địa bàn tỉnh Sơn La', 'Quản lý đoàn ra, đoàn vào']],
    },
  ],
  'Chương trình': [
    {
      issuer: UBND,
      form: 'plain',
      code: 'CTr-UBND',
      max: 90,
      signer: 'Chủ tịch UBND tỉnh',
      about: [['Chương trình hành động thực hiện Chiến lược hội nhập quốc tế của tỉnh Sơn La đến năm 2030', HTQT]],
    },
  ],
  'Văn bản khác': [
    {
      issuer: SNGV,
      form: 'plain',
      code: 'TB-SNgV',
      max: 60,
      signer: 'Chánh Văn phòng Sở',
      about: [['Lịch tiếp công dân của Lãnh đạo Sở Ngoại vụ năm {year}', 'Hành chính']],
    },
  ],
};

/** How common each type is on a provincial department's site: mostly its own and the province's papers. */
export const TYPE_WEIGHTS: Record<DocumentType, number> = {
  Luật: 1,
  'Nghị quyết': 3,
  'Nghị định': 2,
  'Quyết định': 12,
  'Chỉ thị': 2,
  'Thông tư': 2,
  'Thông tư liên tịch': 1,
  'Kế hoạch': 10,
  'Công văn': 14,
  'Báo cáo': 8,
  'Thông báo': 8,
  'Hướng dẫn': 3,
  'Quy chế': 1,
  'Quy định': 1,
  'Chương trình': 1,
  'Điều ước quốc tế': 1,
  'Thỏa thuận quốc tế': 2,
  'Dự thảo lấy ý kiến': 2,
  'Văn bản khác': 1,
};

/** A budget disclosure (công khai ngân sách): the department's own report, listed on its own page. */
const BUDGET_VARIANT: Variant = {
  issuer: SNGV,
  form: 'plain',
  code: 'BC-SNgV',
  max: 300,
  signer: 'Giám đốc Sở',
  about: [
    ['Công khai dự toán ngân sách năm {year} của Sở Ngoại vụ tỉnh Sơn La', 'Tài chính'],
    ['Công khai quyết toán ngân sách năm {year} của Sở Ngoại vụ tỉnh Sơn La', 'Tài chính'],
  ],
};

/** Which term of the National Assembly passed a law in a year. */
const assemblyTerm = (year: number) => (year < 2016 ? 'QH13' : year < 2021 ? 'QH14' : 'QH15');

function makeNumber(random: Random, variant: Variant, year: number): string {
  const n = random.int(1, variant.max);
  if (variant.form === 'party') return `${n}-${variant.code}`;
  if (variant.form === 'plain') return `${n}/${variant.code}`;
  const code = variant.code === 'QH' ? assemblyTerm(year) : variant.code;
  return `${String(n).padStart(2, '0')}/${year}/${code}`;
}

export interface PlannedDocument {
  number: string;
  type: DocumentType;
  issuer: string | string[];
  field: string;
  signer?: string;
  issued: string;
  effective?: string;
  status?: Status;
  summary: string;
  /** A draft's comment period. */
  comment?: { deadline: string; how: string };
  budget?: boolean;
}

/** What a planned document must be besides its type. */
export interface DocumentOptions {
  /** Takes effect some days after `today`. */
  pending?: boolean;
  /** A budget disclosure (type Báo cáo). */
  budget?: boolean;
  /** For a draft: the comment deadline; else one 20–40 days after it was published. */
  deadline?: string;
}

/**
 * One document of a type, issued on a day. `today` is the corpus's "now": a
 * document that takes effect after it is "Chưa có hiệu lực". `taken` holds
 * the numbers already used; the new number is added to it. A `pending`
 * document takes effect some days after `today`.
 */
export function planDocument(
  random: Random,
  type: DocumentType,
  issued: string,
  today: string,
  taken: Set<string>,
  { pending = false, budget = false, deadline }: DocumentOptions = {},
): PlannedDocument {
  const variant = budget ? BUDGET_VARIANT : random.pick(VARIANTS[type]);
  const year = Number(issued.slice(0, 4));
  let number = makeNumber(random, variant, year);
  for (let tries = 0; taken.has(number); tries++) {
    number = tries < 50 ? makeNumber(random, variant, year) : `${number.replace(/^\d+/, (n) => String(Number(n) + 1))}`;
  }
  taken.add(number);
  const [summary, field] = random.pick(variant.about);
  const normative = variant.form === 'year';
  const draft = type === 'Dự thảo lấy ý kiến';
  let effective: string | undefined;
  if (type === 'Luật') effective = `${year + 1}-${random.chance(0.5) ? '01' : '07'}-01`;
  else if (normative) effective = addDays(issued, random.int(10, 45));
  else if (random.chance(0.6)) effective = issued;
  if (pending) effective = addDays(today, random.int(5, 60));
  if (draft) effective = undefined;
  let status: Status | undefined;
  if (draft) status = undefined;
  else if (effective && dayNumber(effective) > dayNumber(today)) status = 'Chưa có hiệu lực';
  else if (random.chance(0.2)) status = undefined;
  else if (year < 2020) status = random.pick(['Còn hiệu lực', 'Hết hiệu lực', 'Hết hiệu lực một phần'] as const);
  else status = random.chance(0.9) ? 'Còn hiệu lực' : 'Hết hiệu lực một phần';
  return {
    number,
    type,
    issuer: variant.issuer,
    field,
    signer: random.chance(0.85) ? `${personName(random)}, ${variant.signer}` : undefined,
    issued,
    effective,
    status,
    summary: new Filler(random, issued).fill(summary),
    comment: draft
      ? {
          deadline: deadline ?? addDays(issued, random.int(20, 40)),
          how: 'Gửi góp ý bằng văn bản về Văn phòng Sở Ngoại vụ tỉnh Sơn La, hoặc qua thư điện tử của Sở (địa chỉ ở trang Liên hệ), trước hạn góp ý.',
        }
      : undefined,
    budget: budget || undefined,
  };
}
