import type { UiKey } from './vi';

/**
 * English interface text, for the pages under /en/. Every key those pages use
 * is here (tests/site/english.test.ts reads their skip link, menus and footer);
 * a key missing here falls back to Vietnamese.
 */
export const en: Partial<Record<UiKey, string>> = {
  'textSize.label': 'Text size',
  'textSize.small': 'smaller text',
  'textSize.normal': 'normal text',
  'textSize.large': 'larger text',
  'site.skipToContent': 'Skip to main content',
  'site.hotline': 'Hotline',
  'site.mainNav': 'Main menu',
  'site.breadcrumbs': 'You are here',
  'site.footer.address': 'Address',
  'site.footer.phone': 'Telephone',
  'site.footer.email': 'Email',
  'site.footer.fax': 'Fax',
  'site.footer.responsible': 'Responsible for content',
  'site.footer.pending': 'to be updated',
  'site.footer.copyright': 'Website of the',
  'site.footer.sitemap': 'Sitemap',
  'site.footer.nav': 'Footer links',
  'site.otherLanguage': 'Tiếng Việt',
  'nav.home': 'Home',
  'nav.about': 'About us',
  'nav.contact': 'Contact',
  'nav.leaders': 'Leadership',
  'common.author': 'Author',
  'common.updated': 'Updated',
  'home.title': 'Home',
  'home.intro':
    'The {name} is a specialised agency of the {parent}. It advises the Committee on, and helps it carry out, the state management of foreign affairs, national border affairs and overseas Vietnamese affairs in the province.',
  'about.title': 'About us',
  'about.timeline': 'Milestones',
  'about.description': 'About the {name}.',
  'leaders.title': 'Leadership',
  'leaders.empty': 'No leadership information yet.',
  'leaders.noPhoto': 'No photo yet',
  'leaders.description': 'The leadership of the {name}.',
  'contact.title': 'Contact',
  'contact.hotlines': 'Hotlines',
  'contact.description': 'How to contact the {name}.',
  'home.allContacts': 'All contact details',
};
