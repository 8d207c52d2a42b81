import { describe, expect, it } from 'vitest';
import { emcScriptUrl, thirdPartyOrigins } from './third-party';

describe('third parties the settings switch on', () => {
  it('none by default', () => {
    expect(thirdPartyOrigins(undefined)).toEqual({ script: [], connect: [] });
    expect(thirdPartyOrigins({ emc: { enabled: false, siteId: 'abc' } })).toEqual({ script: [], connect: [] });
    expect(emcScriptUrl({ emc: { enabled: false, siteId: 'abc' } })).toBeUndefined();
  });

  it('EMC on: its script, with the site id filled in, and its host for scripts and requests', () => {
    const settings = { emc: { enabled: true, siteId: 'so-ngoai-vu', script: 'https://monitor.example.vn/t.js?id={siteId}' } };
    expect(emcScriptUrl(settings)).toBe('https://monitor.example.vn/t.js?id=so-ngoai-vu');
    expect(emcScriptUrl({ emc: { enabled: true, siteId: 'x1' } })).toBe('https://emc.gov.vn/emc.js?siteId=x1');
    expect(thirdPartyOrigins(settings)).toEqual({ script: ['https://monitor.example.vn'], connect: ['https://monitor.example.vn'] });
  });

  it('an online counter: its host for requests only', () => {
    expect(thirdPartyOrigins({ online: { url: 'https://thongke.example.vn/api/online?site=1' } })).toEqual({
      script: [],
      connect: ['https://thongke.example.vn'],
    });
  });
});
