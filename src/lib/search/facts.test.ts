import { describe, expect, it } from 'vitest';
import { resultFacts } from './facts';

describe('resultFacts', () => {
  it('shows kind and date, then a document’s number and status, in reading order', () => {
    expect(resultFacts({ title: 'x', status: 'Còn hiệu lực', kind: 'Văn bản', number: '16/QĐ-SNgV', date: '12/03/2024' })).toEqual([
      'Văn bản',
      '12/03/2024',
      'Số 16/QĐ-SNgV',
      'Còn hiệu lực',
    ]);
    expect(resultFacts({ kind: 'Album ảnh', date: '01/02/2025', photos: '12 ảnh' })).toEqual(['Album ảnh', '01/02/2025', '12 ảnh']);
  });
});
