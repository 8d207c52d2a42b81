import { describe, expect, it } from 'vitest';
import { buildVocabulary, suggestQuery } from './suggest';

const vocabulary = buildVocabulary([
  'Hội đàm giữa tỉnh Sơn La và tỉnh Hủa Phăn.',
  'Ký kết hợp tác với tỉnh Hủa Phăn năm 2024.',
  'Tuần tra biên giới, phân giới cắm mốc.',
  'Phan Văn Khải, Phan Thị Lan.',
]);

describe('suggestQuery', () => {
  it('mends a typo with the word that stands beside its neighbour on the site', () => {
    // "phn" is one edit from "phan" and "phăn"; "hủa phăn" is the pair the site writes.
    expect(suggestQuery('hua phn', vocabulary)).toBe('hua phăn');
    expect(suggestQuery('hop tacc', vocabulary)).toBe('hop tác');
    expect(suggestQuery('bien gioii', vocabulary)).toBe('bien giới');
  });

  it('suggests nothing when every word is known or nothing is close', () => {
    expect(suggestQuery('hua phan', vocabulary)).toBeUndefined();
    expect(suggestQuery('xkcdqwertz', vocabulary)).toBeUndefined();
    expect(suggestQuery('16/QĐ-SNgV', vocabulary)).toBeUndefined();
  });

  it('counts words and neighbours, marks kept', () => {
    expect(vocabulary.words[0]).toEqual(['tỉnh', 3]);
    expect(vocabulary.pairs['hủa phăn']).toBe(2);
  });
});
