import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../shared/slug';
import { fromIndexedText, toIndexedText } from './text';

describe('toIndexedText / fromIndexedText', () => {
  it('writes đ/Đ as a letter that folds to d, and back', () => {
    expect(toIndexedText('Đường dây nóng đây')).toBe('Ḑường dây nóng ḑây');
    expect(fromIndexedText('<mark>Ḑường</mark> dây nóng ḑây')).toBe('<mark>Đường</mark> dây nóng đây');
  });

  it('gives a form that Unicode folding (what Pagefind does) turns into plain d', () => {
    const folded = toIndexedText('Đường đi').normalize('NFD').replace(/\p{M}/gu, '');
    expect(folded).toBe(foldVietnamese('Đường đi'));
  });

  it('leaves text without đ unchanged both ways', () => {
    const text = 'Sở Ngoại vụ tỉnh Sơn La 12/2024/QD-UBND';
    expect(toIndexedText(text)).toBe(text);
    expect(fromIndexedText(text)).toBe(text);
  });
});
