import { describe, expect, it } from 'vitest';
import { normalizePhone, readPhone } from './number';
import { AREA_CODES, AREA_CODE_CHANGES_2017, MOBILE_PREFIX_CHANGES_2018, OLD_AREA_CODES, UNCHANGED_AREA_CODES } from './plan';

describe('normalizePhone: numbers written today', () => {
  it.each([
    ['0212 3850 384', '0212 3850 384', '+842123850384'],
    ['0212.3850.384', '0212 3850 384', '+842123850384'],
    ['0212-3850-384', '0212 3850 384', '+842123850384'],
    ['(0212) 3850 384', '0212 3850 384', '+842123850384'],
    ['+84 212 3850 384', '0212 3850 384', '+842123850384'],
    ['+84 (0) 212 3850 384', '0212 3850 384', '+842123850384'],
    ['84 212 3850 384', '0212 3850 384', '+842123850384'],
    ['024 3825 1234', '024 3825 1234', '+842438251234'],
    ['028.3829.1234', '028 3829 1234', '+842838291234'],
    ['0219 3866 123', '0219 3866 123', '+842193866123'],
    ['0912 345 678', '0912 345 678', '+84912345678'],
    ['0912345678', '0912 345 678', '+84912345678'],
    ['+84912345678', '0912 345 678', '+84912345678'],
    ['0386 123 456', '0386 123 456', '+84386123456'],
  ])('%s → %s (%s)', (input, display, e164) => {
    expect(normalizePhone(input)).toEqual({ display, e164, href: `tel:${e164}` });
  });
});

describe('readPhone: extensions', () => {
  it.each([
    ['0212 3850 384 máy lẻ 12', '0212 3850 384 máy lẻ 12', 'tel:+842123850384;ext=12'],
    ['0212 3850 384, máy lẻ: 205', '0212 3850 384 máy lẻ 205', 'tel:+842123850384;ext=205'],
    ['0212 3850 384 ext. 12', '0212 3850 384 máy lẻ 12', 'tel:+842123850384;ext=12'],
    ['+842123850384;ext=12', '0212 3850 384 máy lẻ 12', 'tel:+842123850384;ext=12'],
  ])('%s → %s, %s', (input, display, href) => {
    expect(readPhone(input)).toEqual({ ok: true, number: { display, e164: '+842123850384', href } });
  });
});

describe('readPhone: the forms the 2017 and 2018 changes replaced are converted, and say so', () => {
  it.each([
    ['022 3850 384', '0212 3850 384', { rule: 'landline-2017', from: '022', to: '0212', province: 'Sơn La' }],
    ['(022) 3.850.384', '0212 3850 384', { rule: 'landline-2017', from: '022', to: '0212', province: 'Sơn La' }],
    ['+84 22 3850 384', '0212 3850 384', { rule: 'landline-2017', from: '022', to: '0212', province: 'Sơn La' }],
    ['04 3825 1234', '024 3825 1234', { rule: 'landline-2017', from: '04', to: '024', province: 'Hà Nội' }],
    ['0240 3854 123', '0204 3854 123', { rule: 'landline-2017', from: '0240', to: '0204', province: 'Bắc Giang' }],
    ['0511 3821 234', '0236 3821 234', { rule: 'landline-2017', from: '0511', to: '0236', province: 'Đà Nẵng' }],
    ['01688 123 456', '0388 123 456', { rule: 'mobile-2018', from: '0168', to: '038' }],
    ['0123 456 7890', '0834 567 890', { rule: 'mobile-2018', from: '0123', to: '083' }],
    ['+84 199 123 4567', '0591 234 567', { rule: 'mobile-2018', from: '0199', to: '059' }],
  ])('%s → %s', (input, display, change) => {
    const reading = readPhone(input);
    expect(reading.ok && reading.number.display).toBe(display);
    expect(reading.ok && reading.change).toEqual(change);
  });

  it('reads a ten-digit 03x number as today’s mobile, not as a pre-2017 Nghệ An landline', () => {
    expect(readPhone('038 3844 123')).toEqual({
      ok: true,
      number: { display: '0383 844 123', e164: '+84383844123', href: 'tel:+84383844123' },
    });
  });
});

describe('readPhone: what is not a number says why', () => {
  it.each([
    ['3850 384', 'một số điện thoại Việt Nam, ví dụ 0212 3850 384'],
    ['0212 3850 38', 'một số điện thoại Việt Nam, ví dụ 0212 3850 384'],
    ['12345', 'một số điện thoại Việt Nam, ví dụ 0212 3850 384'],
    ['0217 3850 384', 'một mã vùng có thật: 0217 không phải mã vùng của tỉnh, thành phố nào (mã vùng Sơn La là 0212)'],
    ['0110 123 4567', 'một số di động có thật: đầu số 0110 không có trong bảng đổi đầu số năm 2018'],
    ['+33 1 42 68 53 00', 'một số Việt Nam: bắt đầu bằng 0 hoặc +84, ví dụ 0212 3850 384'],
    ['không có', 'một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn, +84 và phần "máy lẻ" ở cuối, ví dụ 0212 3850 384'],
    [
      '0212 3850 384 hoặc 0912 345 678',
      'một số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn, +84 và phần "máy lẻ" ở cuối, ví dụ 0212 3850 384',
    ],
  ])('%s', (input, expected) => {
    expect(readPhone(input)).toEqual({ ok: false, expected });
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('the numbering plan tables', () => {
  it('has the 59 provinces that changed code in 2017, the 4 that did not, 63 codes in all, none twice', () => {
    expect(AREA_CODE_CHANGES_2017).toHaveLength(59);
    expect(UNCHANGED_AREA_CODES.map(([province]) => province)).toEqual(['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình', 'Hà Giang']);
    expect(AREA_CODES.size).toBe(63);
    expect(OLD_AREA_CODES.size).toBe(59);
    expect(new Set([...AREA_CODES.values()]).size).toBe(63);
  });

  it('no old code is the start of another, so a number has one reading', () => {
    const codes = [...OLD_AREA_CODES.keys()];
    const clashes = codes.filter((a) => codes.some((b) => a !== b && b.startsWith(a)));
    expect(clashes).toEqual([]);
  });

  it('has the 21 mobile prefixes changed in 2018', () => {
    expect(Object.keys(MOBILE_PREFIX_CHANGES_2018)).toHaveLength(21);
  });
});
