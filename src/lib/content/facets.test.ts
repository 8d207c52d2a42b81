import { describe, expect, it } from 'vitest';
import { countValues } from './facets';

describe('countValues', () => {
  it('counts each value once per item, most common first', () => {
    const docs = [{ issuer: ['Bộ Ngoại giao', 'Bộ Nội vụ'] }, { issuer: ['Bộ Ngoại giao'] }, { issuer: ['Bộ Nội vụ', 'Bộ Nội vụ'] }, { issuer: ['Chính phủ'] }];
    expect(countValues(docs, (d) => d.issuer)).toEqual([
      ['Bộ Ngoại giao', 2],
      ['Bộ Nội vụ', 2],
      ['Chính phủ', 1],
    ]);
  });
});
