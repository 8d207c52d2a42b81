import { foldVietnamese } from './slug';

export interface PhoneNumber {
  /** As printed: `0212 3850 384`, `0912 345 678`. */
  display: string;
  /** For `tel:` links: `+842123850384`. */
  e164: string;
}

/**
 * Vietnamese numbers after the 2017 area-code change: landlines are
 * 0 + a three-digit area code (2xx) + 8 digits, mobiles are 0 + 9 digits.
 * Returns null when the text is not such a number.
 */
export function normalizePhone(text: string): PhoneNumber | null {
  const compact = foldVietnamese(text).replace(/[\s.()-]/g, '');
  let national: string;
  if (/^\+84\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^84\d{9,10}$/.test(compact)) national = `0${compact.slice(2)}`;
  else if (/^0\d+$/.test(compact)) national = compact;
  else return null;

  if (/^02\d{9}$/.test(national)) {
    const display = `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
    return { display, e164: `+84${national.slice(1)}` };
  }
  if (/^0[35789]\d{8}$/.test(national)) {
    const display = `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
    return { display, e164: `+84${national.slice(1)}` };
  }
  return null;
}
