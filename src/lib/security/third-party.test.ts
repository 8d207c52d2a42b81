import { describe, expect, it } from 'vitest';
import { ONLINE_COUNTER_ORIGIN, emcScriptUrl, onlineCounterUrl, thirdPartyOrigins } from './third-party';

describe('third parties the settings switch on', () => {
  it('none by default', () => {
    expect(thirdPartyOrigins(undefined)).toEqual({ script: [], connect: [] });
    expect(thirdPartyOrigins({ emc: { enabled: false, siteId: 'abc' } })).toEqual({ script: [], connect: [] });
    expect(emcScriptUrl({ emc: { enabled: false, siteId: 'abc' } })).toBeUndefined();
  });

  it('EMC on: the script fixed in code, with the site id filled in, and its host for scripts and requests', () => {
    const settings = { emc: { enabled: true, siteId: 'so-ngoai-vu' } };
    expect(emcScriptUrl(settings)).toBe('https://emc.gov.vn/emc.js?siteId=so-ngoai-vu');
    expect(emcScriptUrl({ emc: { enabled: true, siteId: 'a&b=c' } })).toBe('https://emc.gov.vn/emc.js?siteId=a%26b%3Dc');
    expect(thirdPartyOrigins(settings)).toEqual({ script: ['https://emc.gov.vn'], connect: ['https://emc.gov.vn'] });
  });

  it('an online counter: its host for requests only', () => {
    expect(thirdPartyOrigins({ online: { path: '/api/online?site=1' } })).toEqual({
      script: [],
      connect: [ONLINE_COUNTER_ORIGIN],
    });
  });

  it('a path that tries to name another host stays on the counter host', () => {
    for (const path of ['//evil.example/x', '/\\evil.example/x', '/api/online'])
      expect(new URL(onlineCounterUrl({ online: { path } })!).origin, path).toBe(ONLINE_COUNTER_ORIGIN);
  });
});
