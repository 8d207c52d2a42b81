import { describe, expect, it } from 'vitest';
import { readOnlineCount } from './online-count';

describe('readOnlineCount', () => {
  it('reads a bare number, a named field, and a path into an array (Matomo Live.getCounters)', () => {
    expect(readOnlineCount(7)).toBe(7);
    expect(readOnlineCount({ visitors: 12 }, 'visitors')).toBe(12);
    expect(readOnlineCount([{ visits: 3, visitors: '5' }], '0.visitors')).toBe(5);
  });

  it('gives nothing for an answer without a whole number where expected', () => {
    expect(readOnlineCount({ visitors: 12 })).toBeUndefined();
    expect(readOnlineCount({ online: 12 }, 'visitors')).toBeUndefined();
    expect(readOnlineCount({ visitors: -1 }, 'visitors')).toBeUndefined();
    expect(readOnlineCount({ visitors: 2.5 }, 'visitors')).toBeUndefined();
    expect(readOnlineCount(null, 'visitors')).toBeUndefined();
  });
});
