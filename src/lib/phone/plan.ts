/**
 * The Vietnamese numbering plan, as far as a contact page needs it. Codes are
 * written without the trunk 0 (`212` is dialled 0212).
 */

/**
 * The 2017 landline area-code change (Quyết định 2036/QĐ-BTTTT, 2016), in three
 * phases from 11/02/2017 to 17/06/2017: province, old code, new code. The
 * subscriber number after the code did not change. 59 provinces; Hà Nội and
 * TP Hồ Chí Minh changed too (04 → 024, 08 → 028).
 */
export const AREA_CODE_CHANGES_2017: readonly (readonly [province: string, from: string, to: string])[] = [
  // Phase 1, from 11/02/2017.
  ['Sơn La', '22', '212'],
  ['Lai Châu', '231', '213'],
  ['Lào Cai', '20', '214'],
  ['Điện Biên', '230', '215'],
  ['Yên Bái', '29', '216'],
  ['Quảng Bình', '52', '232'],
  ['Quảng Trị', '53', '233'],
  ['Thừa Thiên Huế', '54', '234'],
  ['Quảng Nam', '510', '235'],
  ['Đà Nẵng', '511', '236'],
  ['Thanh Hóa', '37', '237'],
  ['Nghệ An', '38', '238'],
  ['Hà Tĩnh', '39', '239'],
  // Phase 2, from 15/04/2017.
  ['Hà Nội', '4', '24'],
  ['TP Hồ Chí Minh', '8', '28'],
  ['Đồng Nai', '61', '251'],
  ['Bình Thuận', '62', '252'],
  ['Bà Rịa - Vũng Tàu', '64', '254'],
  ['Quảng Ngãi', '55', '255'],
  ['Bình Định', '56', '256'],
  ['Phú Yên', '57', '257'],
  ['Khánh Hòa', '58', '258'],
  ['Ninh Thuận', '68', '259'],
  ['Kon Tum', '60', '260'],
  ['Đắk Nông', '501', '261'],
  ['Đắk Lắk', '500', '262'],
  ['Lâm Đồng', '63', '263'],
  ['Gia Lai', '59', '269'],
  ['Vĩnh Long', '70', '270'],
  ['Bình Phước', '651', '271'],
  ['Long An', '72', '272'],
  ['Tiền Giang', '73', '273'],
  ['Bình Dương', '650', '274'],
  ['Bến Tre', '75', '275'],
  ['Tây Ninh', '66', '276'],
  ['Đồng Tháp', '67', '277'],
  // Phase 3, from 17/06/2017.
  ['Quảng Ninh', '33', '203'],
  ['Bắc Giang', '240', '204'],
  ['Lạng Sơn', '25', '205'],
  ['Cao Bằng', '26', '206'],
  ['Tuyên Quang', '27', '207'],
  ['Thái Nguyên', '280', '208'],
  ['Bắc Kạn', '281', '209'],
  ['Hải Dương', '320', '220'],
  ['Hưng Yên', '321', '221'],
  ['Bắc Ninh', '241', '222'],
  ['Hải Phòng', '31', '225'],
  ['Hà Nam', '351', '226'],
  ['Thái Bình', '36', '227'],
  ['Nam Định', '350', '228'],
  ['Ninh Bình', '30', '229'],
  ['Cà Mau', '780', '290'],
  ['Bạc Liêu', '781', '291'],
  ['Cần Thơ', '710', '292'],
  ['Hậu Giang', '711', '293'],
  ['Trà Vinh', '74', '294'],
  ['An Giang', '76', '296'],
  ['Kiên Giang', '77', '297'],
  ['Sóc Trăng', '79', '299'],
];

/** The four provinces whose code stayed as it was in 2017. */
export const UNCHANGED_AREA_CODES: readonly (readonly [province: string, code: string])[] = [
  ['Phú Thọ', '210'],
  ['Vĩnh Phúc', '211'],
  ['Hòa Bình', '218'],
  ['Hà Giang', '219'],
];

/**
 * The 2018 mobile change (Quyết định 798/QĐ-BTTTT, from 15/09/2018): the
 * 11-digit numbers' prefix, old → new; the last seven digits stay.
 */
export const MOBILE_PREFIX_CHANGES_2018: Readonly<Record<string, string>> = {
  // MobiFone
  '120': '70',
  '121': '79',
  '122': '77',
  '126': '76',
  '128': '78',
  // VinaPhone
  '123': '83',
  '124': '84',
  '125': '85',
  '127': '81',
  '129': '82',
  // Viettel
  '162': '32',
  '163': '33',
  '164': '34',
  '165': '35',
  '166': '36',
  '167': '37',
  '168': '38',
  '169': '39',
  // Vietnamobile
  '186': '56',
  '188': '58',
  // Gmobile
  '199': '59',
};

/** Mobile prefixes in use (the two digits after 0): Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, iTel, Reddi. */
export const MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '52',
  '55',
  '56',
  '58',
  '59',
  '70',
  '76',
  '77',
  '78',
  '79',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '87',
  '88',
  '89',
  '90',
  '91',
  '92',
  '93',
  '94',
  '96',
  '97',
  '98',
  '99',
]);

/** Today's area codes, each with its province. */
export const AREA_CODES: ReadonlyMap<string, string> = new Map([
  ...AREA_CODE_CHANGES_2017.map(([province, , to]) => [to, province] as const),
  ...UNCHANGED_AREA_CODES.map(([province, code]) => [code, province] as const),
]);

/** Codes from before 2017, each with its province and new code. */
export const OLD_AREA_CODES: ReadonlyMap<string, { province: string; to: string }> = new Map(
  AREA_CODE_CHANGES_2017.map(([province, from, to]) => [from, { province, to }] as const),
);
