import { describe, expect, it } from 'vitest';
import { toIndexedText } from './text';
import { hasSearch, pagefindFilters, readSearchRequest, writeSearchRequest } from './query';

describe('search requests in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown and empty parameters', () => {
    const request = readSearchRequest(new URLSearchParams('q=+quyet+dinh+&kind=Văn+bản&year=2024&year=2025&type=&utm=x'));
    expect(request).toEqual({ query: 'quyet dinh', filters: { kind: ['Văn bản'], year: ['2024', '2025'] } });
    expect(hasSearch(request)).toBe(true);
    expect(hasSearch(readSearchRequest(new URLSearchParams('')))).toBe(false);
  });

  it('writes them back in a stable order', () => {
    expect(writeSearchRequest({ query: 'đường dây nóng', filters: { year: ['2024'], kind: ['Văn bản'] } })).toBe(
      '?q=%C4%91%C6%B0%E1%BB%9Dng+d%C3%A2y+n%C3%B3ng&kind=V%C4%83n+b%E1%BA%A3n&year=2024',
    );
    expect(writeSearchRequest({ query: '', filters: {} })).toBe('');
  });

  it('keeps “Mới nhất” in the URL, relevance being the default', () => {
    const request = readSearchRequest(new URLSearchParams('q=hop+tac&sap-xep=moi-nhat'));
    expect(request).toEqual({ query: 'hop tac', filters: {}, newest: true });
    expect(writeSearchRequest(request)).toBe('?q=hop+tac&sap-xep=moi-nhat');
    expect(readSearchRequest(new URLSearchParams('q=x&sap-xep=khac')).newest).toBeUndefined();
  });

  it('turns filters into Pagefind’s any-of form, encoded as indexed', () => {
    expect(pagefindFilters({ query: '', filters: { issuer: ['Đảng ủy'], year: ['2024', '2025'] } }, toIndexedText)).toEqual({
      issuer: { any: ['Ḑảng ủy'] },
      year: { any: ['2024', '2025'] },
    });
  });
});
