import { AREA_CODES, MOBILE_PREFIXES, MOBILE_PREFIX_CHANGES_2018, OLD_AREA_CODES } from './plan';
import { foldVietnamese } from '../shared/slug';

export interface PhoneNumber {
  /** As printed: `0212 3850 384`, `024 3825 1234`, `0912 345 678`, `0212 3850 384 máy lẻ 12`. */
  display: string;
  /** The number alone in E.164: `+842123850384`. */
  e164: string;
  /** For links, with the extension (RFC 3966): `tel:+842123850384;ext=12`. */
  href: string;
}

/** A number written in a form the plan has since replaced, and what it became. */
export interface PhoneChange {
  rule: 'landline-2017' | 'mobile-2018';
  /** Old prefix as dialled: `022`, `0168`. */
  from: string;
  /** New prefix as dialled: `0212`, `038`. */
  to: string;
  /** The province, for an area code. */
  province?: string;
}

export type PhoneReading = { ok: true; number: PhoneNumber; change?: PhoneChange } | { ok: false; expected: string };

const EXAMPLE = 'ví dụ 0212 3850 384';
const GENERIC = `một số điện thoại Việt Nam, ${EXAMPLE}`;
/** `máy lẻ 12`, `máy nhánh 12`, `ext. 12`, `;ext=12`, after folding the marks. */
const EXTENSION = /\s*[,;]?\s*(?:may le|may nhanh|ext\.?|ext=)\s*:?\s*(\d{1,6})\s*$/i;

/**
 * Reads a Vietnamese phone number as staff write it (spaces, dots, dashes,
 * parentheses, +84 or 84, an extension), converting the forms the 2017
 * area-code and 2018 mobile changes replaced. Says what is wrong otherwise.
 */
export function readPhone(text: string): PhoneReading {
  const folded = foldVietnamese(text).trim();
  const extension = EXTENSION.exec(folded);
  const main = (extension ? folded.slice(0, extension.index) : folded).replace(/[\s.()\-–]/g, '');
  if (!/^\+?\d+$/.test(main)) {
    return {
      ok: false,
      expected: `một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn, +84 và phần "máy lẻ" ở cuối, ${EXAMPLE}`,
    };
  }
  const nsn = nationalNumber(main);
  if (nsn === null) {
    const foreign = /^(\+|00)/.test(main);
    return { ok: false, expected: foreign ? `một số Việt Nam: bắt đầu bằng 0 hoặc +84, ${EXAMPLE}` : GENERIC };
  }
  const reading = classify(nsn);
  if (!reading.ok) return reading;
  const ext = extension?.[1];
  const number: PhoneNumber = {
    display: ext ? `${reading.display} máy lẻ ${ext}` : reading.display,
    e164: `+84${reading.nsn}`,
    href: `tel:+84${reading.nsn}${ext ? `;ext=${ext}` : ''}`,
  };
  return reading.change ? { ok: true, number, change: reading.change } : { ok: true, number };
}

/** The number as `readPhone` reads it, or null when it is not a Vietnamese number. */
export function normalizePhone(text: string): PhoneNumber | null {
  const reading = readPhone(text);
  return reading.ok ? reading.number : null;
}

/** The national significant number (no trunk 0, no country code), or null when it is not Vietnamese. */
function nationalNumber(digits: string): string | null {
  // `+84 (0) 212…` is common: the 0 after the country code is dropped.
  if (digits.startsWith('+84')) return digits.slice(3).replace(/^0/, '');
  if (digits.startsWith('0084')) return digits.slice(4).replace(/^0/, '');
  if (digits.startsWith('+')) return null;
  if (digits.startsWith('0')) return digits.slice(1);
  // Bare 84 + 9 or 10 digits: as written in international form without the +.
  if (/^84\d{9,10}$/.test(digits)) return digits.slice(2);
  return null;
}

type Classified = { ok: true; nsn: string; display: string; change?: PhoneChange } | { ok: false; expected: string };

function landline(code: string, subscriber: string, change?: PhoneChange): Classified {
  // 0212 3850 384, and for the two-digit codes 024 3825 1234.
  const display = `0${code} ${subscriber.slice(0, 4)} ${subscriber.slice(4)}`;
  return { ok: true, nsn: code + subscriber, display, change };
}

function mobile(nsn: string, change?: PhoneChange): Classified {
  return { ok: true, nsn, display: `0${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`, change };
}

/** The prefix of `digits` that is a key of `codes`, trying 1 to 3 digits. */
function prefixIn<T>(digits: string, codes: ReadonlyMap<string, T>): string | undefined {
  return [1, 2, 3].map((n) => digits.slice(0, n)).find((prefix) => codes.has(prefix));
}

function classify(nsn: string): Classified {
  // Today every landline has ten digits after the 0: a three-digit code and
  // seven digits, or Hà Nội's and TP HCM's two-digit code and eight.
  if (nsn.length === 10 && nsn.startsWith('2')) {
    const short = nsn.slice(0, 2);
    if ((short === '24' || short === '28') && !/^2[48][01]/.test(nsn)) return landline(short, nsn.slice(2));
    const code = nsn.slice(0, 3);
    if (AREA_CODES.has(code)) return landline(code, nsn.slice(3));
  }
  // Mobiles have nine; a valid mobile wins over an old landline read the same way (038… was Nghệ An).
  if (nsn.length === 9 && MOBILE_PREFIXES.has(nsn.slice(0, 2))) return mobile(nsn);
  // An old landline: its code and subscriber made nine digits (ten with a three-digit code).
  const old = prefixIn(nsn, OLD_AREA_CODES);
  if (old && nsn.length === old.length + (old.length === 1 ? 8 : 7)) {
    const { province, to } = OLD_AREA_CODES.get(old)!;
    return landline(to, nsn.slice(old.length), { rule: 'landline-2017', from: `0${old}`, to: `0${to}`, province });
  }
  if (nsn.length === 10 && nsn.startsWith('2')) {
    return {
      ok: false,
      expected: `một mã vùng có thật: 0${nsn.slice(0, 3)} không phải mã vùng của tỉnh, thành phố nào (mã vùng Sơn La là 0212)`,
    };
  }
  // An 11-digit mobile from before 15/09/2018.
  if (nsn.length === 10 && nsn.startsWith('1')) {
    const to = MOBILE_PREFIX_CHANGES_2018[nsn.slice(0, 3)];
    if (to) return mobile(to + nsn.slice(3), { rule: 'mobile-2018', from: `0${nsn.slice(0, 3)}`, to: `0${to}` });
    return { ok: false, expected: `một số di động có thật: đầu số 0${nsn.slice(0, 3)} không có trong bảng đổi đầu số năm 2018` };
  }
  return { ok: false, expected: GENERIC };
}
