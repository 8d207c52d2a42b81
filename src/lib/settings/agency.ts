import { t, type Lang } from '../../i18n';
import type { PhoneNumber } from '../phone/number';
import type { SiteSettings } from './read';

/** The agency as a page in one language shows it (header, footer, contact page): one label per hotline, no `en:` block. */
export type Agency = Omit<SiteSettings, 'en' | 'hotlines'> & { hotlines: { label: string; number: PhoneNumber }[] };

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
    hours: en?.hours ?? site.hours,
    responsible: en?.responsible ?? site.responsible,
    hotlines: hotlines.map(({ labelEn, number }) => ({ label: labelEn ?? t('site.hotline', {}, 'en'), number })),
  };
}
