import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './slug';

describe('foldVietnamese', () => {
  it('drops tones and vowel marks and maps đ/Đ to d/D', () => {
    expect(foldVietnamese('Đường dây nóng')).toBe('Duong day nong');
    expect(foldVietnamese('Sở Ngoại vụ tỉnh Sơn La')).toBe('So Ngoai vu tinh Son La');
    expect(foldVietnamese('ĐẢNG ỦY đồng chí')).toBe('DANG UY dong chi');
  });

  it('folds precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Nghị định'.normalize('NFD'))).toBe('Nghi dinh');
  });
});

describe('slugify', () => {
  it('makes the ASCII file name staff should use', () => {
    expect(slugify('lịch-sử-đối-ngoại')).toBe('lich-su-doi-ngoai');
    expect(slugify('Đoàn công tác tỉnh Sơn La thăm tỉnh Bò Kẹo')).toBe('doan-cong-tac-tinh-son-la-tham-tinh-bo-keo');
    expect(slugify('  Quyết định 12/2024/QĐ-UBND  ')).toBe('quyet-dinh-12-2024-qd-ubnd');
  });
});
