import type { z } from 'astro/zod';
import type { statsSchema } from '../../schemas/settings';

/**
 * The only hosts a page may load from besides the site itself, fixed here with
 * their exact addresses. The settings (`content/cai-dat/thong-ke.yaml`) may
 * switch each on and give an id or a path, nothing more: an edit of content
 * can never add a host to the pages or to their Content Security Policy,
 * which reads `thirdPartyOrigins` (src/lib/security/csp.ts), never a copy.
 */

/**
 * EMC's monitoring script (Thông tư 22/2023/TT-BTTTT), `{siteId}` standing for
 * the id EMC gives. Not verified against EMC's own documentation (none was at
 * hand): when EMC's registration code names another address, change it here,
 * in a reviewed code change.
 */
export const EMC_SCRIPT = 'https://emc.gov.vn/emc.js?siteId={siteId}';

/**
 * The host of the live "Đang truy cập" counter: the province's intermediary
 * that answers only the number (docs/thong-ke.md). The settings give the path
 * on it. To be confirmed with the province's IT centre before `online` is switched on.
 */
export const ONLINE_COUNTER_ORIGIN = 'https://thongke.sonla.gov.vn';

/** The part of the stats settings (src/schemas/settings.ts) that switches third parties on. */
export type ThirdPartySettings = Pick<z.output<ReturnType<typeof statsSchema>>, 'online' | 'emc'>;

/** The address of the EMC script to load, or undefined when EMC is off. */
export function emcScriptUrl(settings: ThirdPartySettings | undefined): string | undefined {
  const emc = settings?.emc;
  if (!emc?.enabled) return undefined;
  return EMC_SCRIPT.replaceAll('{siteId}', encodeURIComponent(emc.siteId));
}

/** The counter's address, or undefined when it is off. */
export function onlineCounterUrl(settings: ThirdPartySettings | undefined): string | undefined {
  const path = settings?.online?.path;
  if (path === undefined) return undefined;
  // Leading slashes and backslashes dropped: `//evil.example` or `/\evil.example` must not name another host
  // (the schema refuses them too).
  const url = new URL(`${ONLINE_COUNTER_ORIGIN}/${path.replace(/^[/\\]+/, '')}`);
  return url.origin === ONLINE_COUNTER_ORIGIN ? url.href : undefined;
}

export interface ThirdPartyOrigins {
  /** For `script-src`. */
  script: string[];
  /** For `connect-src`. */
  connect: string[];
}

/** The origins the settings switch on, each once, for the CSP. */
export function thirdPartyOrigins(settings: ThirdPartySettings | undefined): ThirdPartyOrigins {
  const emc = emcScriptUrl(settings) && new URL(EMC_SCRIPT).origin;
  const online = onlineCounterUrl(settings) && ONLINE_COUNTER_ORIGIN;
  return {
    script: emc ? [emc] : [],
    // The EMC script reports back to its own host.
    connect: [...new Set([...(online ? [online] : []), ...(emc ? [emc] : [])])],
  };
}
