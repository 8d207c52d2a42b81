/**
 * Scripts and requests to hosts other than the site's own, which only the
 * settings (`content/cai-dat/thong-ke.yaml`) can switch on. The Content
 * Security Policy must allow exactly these origins, and only when they are on:
 * it should read them from `thirdPartyOrigins`, never from a copy.
 */

/**
 * The EMC script's address when the settings give none. Not verified against
 * EMC's own documentation (none was at hand): copy the address from the code
 * EMC sends when the site is registered into `emc.script`.
 */
export const DEFAULT_EMC_SCRIPT = 'https://emc.gov.vn/emc.js?siteId={siteId}';

/** The part of the stats settings that switches third parties on. */
export interface ThirdPartySettings {
  online?: { url: string };
  emc?: { enabled: boolean; siteId: string; script?: string };
}

/** The address of the EMC script to load, or undefined when EMC is off. */
export function emcScriptUrl(settings: ThirdPartySettings | undefined): string | undefined {
  const emc = settings?.emc;
  if (!emc?.enabled) return undefined;
  return (emc.script ?? DEFAULT_EMC_SCRIPT).replaceAll('{siteId}', encodeURIComponent(emc.siteId));
}

export interface ThirdPartyOrigins {
  /** For `script-src`. */
  script: string[];
  /** For `connect-src`. */
  connect: string[];
}

/** The origins the settings switch on, each once, for the CSP. */
export function thirdPartyOrigins(settings: ThirdPartySettings | undefined): ThirdPartyOrigins {
  const emc = emcScriptUrl(settings);
  const online = settings?.online?.url;
  const origin = (url: string) => new URL(url).origin;
  return {
    script: emc ? [origin(emc)] : [],
    // The EMC script reports back to its own host.
    connect: [...new Set([...(online ? [origin(online)] : []), ...(emc ? [origin(emc)] : [])])],
  };
}
