import { describe, expect, it } from 'vitest';
import { mapLink } from './map-link';

describe('mapLink', () => {
  it('searches OpenStreetMap for the address, encoded', () => {
    expect(mapLink('Đường A, Sơn La', undefined)).toBe('https://www.openstreetmap.org/search?query=%C4%90%C6%B0%E1%BB%9Dng%20A%2C%20S%C6%A1n%20La');
  });
  it('takes the map address staff set over the search', () => {
    expect(mapLink('Sơn La', 'https://www.openstreetmap.org/#map=18/21.32/103.91')).toBe('https://www.openstreetmap.org/#map=18/21.32/103.91');
  });
  it('gives no link without an address: a map of nothing would mislead', () => {
    expect(mapLink(undefined, undefined)).toBeUndefined();
  });
});
