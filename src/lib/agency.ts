import { t, type Lang } from '../i18n';
import type { PhoneNumber } from './phone';

/** What `content/cai-dat/site.yaml` says about the agency (src/schemas/settings.ts). */
export interface SiteSettings {
  name: string;
  parent: string;
  address?: string;
  phone?: PhoneNumber;
  fax?: PhoneNumber;
  email?: string;
  hotlines: { label: string; labelEn?: string; number: PhoneNumber }[];
  responsible: string;
  en?: { name: string; parent: string; address?: string; responsible: string };
}

/** The agency as a page in one language shows it (header, footer, contact page). */
export interface Agency {
  name: string;
  parent: string;
  address?: string;
  phone?: PhoneNumber;
  fax?: PhoneNumber;
  email?: string;
  hotlines: { label: string; number: PhoneNumber }[];
  responsible: string;
}

/**
 * The settings in the page's language. English pages take the `en:` block
 * and each hotline's `labelEn` (else `Hotline`); where `en:` is left out they
 * show the Vietnamese names, which are still the agency's proper names.
 */
export function agencyIn(site: SiteSettings, lang: Lang): Agency {
  const { en, hotlines, ...facts } = site;
  if (lang === 'vi') return { ...facts, hotlines: hotlines.map(({ label, number }) => ({ label, number })) };
  return {
    ...facts,
    name: en?.name ?? site.name,
    parent: en?.parent ?? site.parent,
    address: en?.address ?? site.address,
    responsible: en?.responsible ?? site.responsible,
    hotlines: hotlines.map(({ labelEn, number }) => ({ label: labelEn ?? t('site.hotline', {}, 'en'), number })),
  };
}
