import { describe, expect, it } from 'vitest';
import { parseVietnamDate } from '../shared/dates';
import { documentFacets } from './facets';

const doc = (issued: string, type: 'Quyết định' | 'Thỏa thuận quốc tế', issuer: string[], budget = false) => ({
  data: { issued: parseVietnamDate(issued)!, type, issuer, field: 'Ngoại vụ', budget, status: 'Còn hiệu lực' as const },
});

describe('documentFacets', () => {
  const documents = [
    doc('2024-12-31', 'Quyết định', ['UBND tỉnh Sơn La']),
    doc('2025-01-01', 'Thỏa thuận quốc tế', ['UBND tỉnh Sơn La', 'Sở Ngoại vụ']),
    doc('2025-06-01', 'Quyết định', ['Sở Ngoại vụ'], true),
  ];

  it('counts each year (newest first), type, issuer and list the filters offer', () => {
    const facets = documentFacets(documents);
    expect(facets.years).toEqual([
      ['2025', 2],
      ['2024', 1],
    ]);
    expect(facets.types).toEqual([
      ['Quyết định', 2],
      ['Thỏa thuận quốc tế', 1],
    ]);
    expect(facets.issuers).toEqual([
      ['Sở Ngoại vụ', 2],
      ['UBND tỉnh Sơn La', 2],
    ]);
    expect(facets.statuses).toEqual([['Còn hiệu lực', 3]]);
    // Drafts, treaties and agreements, budget disclosures.
    expect(facets.listCounts).toEqual([0, 1, 1]);
  });

  it('counts once per list of documents, however many list pages show them', () => {
    expect(documentFacets(documents)).toBe(documentFacets(documents));
    expect(documentFacets([...documents])).not.toBe(documentFacets(documents));
  });
});
