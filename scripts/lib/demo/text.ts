/**
 * Vietnamese vocabulary for the demo corpus and the helpers that fill
 * templates with it. Names of people are made up; places, partner provinces
 * and organisations are the ones a provincial foreign-affairs department of
 * Sơn La really deals with.
 */
import type { Random } from './random';

/** Lao provinces Sơn La cooperates with (nine partner provinces). */
const LAO_PROVINCES = [
  'Hủa Phăn',
  'Luông Pha Bang',
  'Bò Kẹo',
  'Xiêng Khoảng',
  'Phông Sa Lỳ',
  'U Đôm Xay',
  'Luông Nậm Thà',
  'Xay Nhạ Bu Ly',
  'Viêng Chăn',
] as const;

/** Values each `{slot}` of a template may take. */
export const SLOTS: Record<string, readonly string[]> = {
  lao: LAO_PROVINCES,
  /** The two Lao provinces on Sơn La's 250 km border. */
  laoBorder: ['Hủa Phăn', 'Luông Pha Bang'],
  huyen: ['Mộc Châu', 'Vân Hồ', 'Sốp Cộp', 'Sông Mã', 'Mường La', 'Thuận Châu', 'Quỳnh Nhai', 'Yên Châu', 'Mai Sơn', 'Bắc Yên', 'Phù Yên'],
  bienGioi: ['Sốp Cộp', 'Sông Mã', 'Thuận Châu', 'Mai Sơn', 'Yên Châu', 'Mộc Châu', 'Vân Hồ'],
  xa: ['Mường Lèo', 'Mường Lạn', 'Chiềng Khương', 'Mường Hung', 'Lóng Sập', 'Chiềng On', 'Phiêng Khoài', 'Mường Sai', 'Đứa Mòn', 'Chiềng Tương'],
  cuaKhau: ['Cửa khẩu quốc tế Lóng Sập', 'cửa khẩu chính Chiềng Khương', 'cửa khẩu phụ Nà Cài', 'lối mở Mường Lạn', 'lối mở Nà Khi'],
  ngo: [
    'Tổ chức Tầm nhìn Thế giới (World Vision)',
    'Tổ chức Plan International',
    'Tổ chức CARE quốc tế',
    'Tổ chức Cứu trợ trẻ em (Save the Children)',
    'Tổ chức Helvetas',
    'Tổ chức ChildFund',
    'Tổ chức Đông Tây Hội Ngộ',
    'Tổ chức Caritas Thụy Sĩ',
    'Tổ chức Phát triển Hà Lan (SNV)',
    'Quỹ Nhi đồng Liên hợp quốc (UNICEF)',
  ],
  nuoc: ['Nhật Bản', 'Hàn Quốc', 'Ô-xtrây-li-a', 'Pháp', 'Thái Lan', 'Cu-ba', 'Đức', 'Niu Di-lân', 'Ấn Độ', 'Xinh-ga-po'],
  linhVuc: [
    'nước sạch nông thôn',
    'sinh kế bền vững cho đồng bào dân tộc thiểu số',
    'dinh dưỡng trẻ em',
    'giáo dục mầm non',
    'chăm sóc sức khỏe ban đầu',
    'ứng phó với biến đổi khí hậu',
    'phát triển chuỗi giá trị cà phê Sơn La',
    'bình đẳng giới',
    'đào tạo nghề cho thanh niên',
  ],
  congTrinh: ['trường mầm non', 'nhà văn hóa bản', 'công trình nước sinh hoạt tập trung', 'trạm y tế xã', 'điểm trường tiểu học', 'cầu treo dân sinh'],
  chucVu: ['Phó Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy', 'Phó Chủ tịch HĐND tỉnh', 'Giám đốc Sở Ngoại vụ', 'Phó Giám đốc Sở Ngoại vụ'],
  chucVuLao: ['Tỉnh trưởng', 'Phó Tỉnh trưởng', 'Phó Bí thư Tỉnh ủy', 'Trưởng ban Đối ngoại tỉnh'],
  phong: ['Văn phòng Sở', 'Phòng Hợp tác quốc tế', 'Phòng Quản lý biên giới', 'Phòng Lãnh sự và Người Việt Nam ở nước ngoài', 'Thanh tra Sở'],
  le: ['Tết Nguyên đán', 'Tết Bun Pi Mày', 'Ngày Quốc khánh nước CHDCND Lào 2/12', 'Ngày Quốc khánh 2/9', 'ngày thành lập Quân đội nhân dân Lào'],
  nghiLe: ['Tết Nguyên đán', 'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5', 'Quốc khánh 2/9'],
  suKien: [
    'Hội chợ thương mại Việt – Lào',
    'Tuần lễ văn hóa Sơn La',
    'Lễ hội hoa ban',
    'Festival trái cây và sản phẩm OCOP',
    'Ngày hội văn hóa các dân tộc vùng biên',
  ],
};

const FAMILY = ['Nguyễn', 'Lò', 'Cầm', 'Quàng', 'Lường', 'Hoàng', 'Đinh', 'Đặng', 'Vì', 'Tòng', 'Trần', 'Lê', 'Phạm', 'Đỗ', 'Hà', 'Bạc'] as const;
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Đình', 'Quang', 'Hữu'] as const;
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thị Thu', 'Diệu'] as const;
const GIVEN_MALE = ['Đông', 'Dũng', 'Đạt', 'Thắng', 'Hùng', 'Tuấn', 'Điệp', 'Phương', 'Khánh', 'Sơn', 'Đoàn', 'Chiến'] as const;
const GIVEN_FEMALE = ['Hương', 'Đào', 'Lan', 'Nga', 'Thủy', 'Hằng', 'Diệp', 'Phượng', 'Trang', 'Mai', 'Đan', 'Yến'] as const;

/** A made-up Vietnamese name, as people of Sơn La are often named. */
export function personName(random: Random): string {
  const female = random.chance(0.45);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${random.pick(FAMILY)} ${middle} ${given}`;
}

/**
 * Fills `{slot}` placeholders. Each slot keeps its first value for the whole
 * entry, so the province in the headline is the one in the text. `{year}`,
 * `{nextYear}`, `{month}` come from the entry's date; `{nguoi}` is a person.
 */
export class Filler {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly random: Random,
    day: string,
  ) {
    const [year, month] = day.split('-').map(Number) as [number, number];
    this.values.set('year', String(year));
    this.values.set('nextYear', String(year + 1));
    this.values.set('endYear', String(year + 5));
    this.values.set('prevYear', String(year - 1));
    this.values.set('month', String(month));
  }

  value(slot: string): string {
    const known = this.values.get(slot);
    if (known !== undefined) return known;
    let value: string;
    if (slot === 'nguoi' || slot === 'nguoi2') value = personName(this.random);
    else {
      const options = SLOTS[slot];
      if (!options) throw new Error(`Unknown template slot {${slot}}`);
      value = this.random.pick(options);
    }
    this.values.set(slot, value);
    return value;
  }

  fill(template: string): string {
    const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => this.value(slot));
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** `count` distinct items of a list, in random order (all of them when the list is shorter). */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  return random.shuffle(items).slice(0, count);
}

export interface BodyParts {
  /** Sentences about this kind of article. */
  specific: readonly string[];
  /** Sentences that fit any article. */
  general: readonly string[];
  /** Possible subheadings. */
  headings: readonly string[];
  /** Possible bullet items. */
  listItems: readonly string[];
  /** Sentences that introduce a bullet list, ending with a colon. */
  listLeads: readonly string[];
}

/** A Markdown body of 3–6 paragraphs, sometimes with a subheading or a bullet list. */
export function markdownBody(random: Random, filler: Filler, parts: BodyParts): string {
  const paragraphs = random.int(3, 6);
  const sentences = [...pickSome(random, parts.specific, paragraphs + 2), ...pickSome(random, parts.general, 12)];
  const blocks: string[] = [];
  let cursor = 0;
  const headingAt = random.chance(0.35) ? random.int(1, paragraphs - 1) : -1;
  const listAt = random.chance(0.35) ? random.int(1, paragraphs - 1) : -1;
  for (let p = 0; p < paragraphs; p++) {
    if (p === headingAt) blocks.push(`## ${filler.fill(random.pick(parts.headings))}`);
    const take = random.int(2, 3);
    const chosen = sentences.slice(cursor, cursor + take);
    cursor += take;
    if (chosen.length === 0) chosen.push(random.pick(parts.general));
    blocks.push(chosen.map((s) => filler.fill(s)).join(' '));
    if (p === listAt) {
      blocks.push(filler.fill(random.pick(parts.listLeads)));
      const items = pickSome(random, parts.listItems, random.int(3, 5)).map((item) => `- ${filler.fill(item)}`);
      blocks.push(items.join('\n'));
    }
  }
  return blocks.join('\n\n');
}
