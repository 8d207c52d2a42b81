import type { UiKey } from './vi';

/** English interface text; a key missing here falls back to Vietnamese. */
export const en: Partial<Record<UiKey, string>> = {
  'site.skipToContent': 'Skip to main content',
  'site.hotline': 'Hotline',
  'site.mainNav': 'Main menu',
  'site.breadcrumbs': 'You are here',
  'nav.home': 'Home',
  'nav.contact': 'Contact',
};
