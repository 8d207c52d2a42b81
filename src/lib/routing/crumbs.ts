/**
 * The breadcrumb trails of the site's pages, built from the route table
 * (src/lib/routing/urls.ts): each crumb names a section the way its own page does.
 */
import { t, type Lang } from '../../i18n';
import { listCrumbs, type Crumb } from './list-page';
import {
  categoryUrl,
  documentListUrl,
  documentYearUrl,
  parentSection,
  procedureFieldUrl,
  questionTopicUrl,
  sectionText,
  sectionUrl,
  type Section,
} from './urls';

export type { Crumb };

/** A link to a section, named by its page's title: `{ label: 'Văn bản', href: '/van-ban/' }`. */
export function sectionCrumb(section: Section, lang: Lang = 'vi'): Crumb {
  return { label: t(sectionText(section).title, {}, lang), href: sectionUrl(section, lang) };
}

/** The sections above a section, outermost first (the introduction above the leadership). */
function ancestors(section: Section, lang: Lang): Crumb[] {
  const parent = parentSection(section);
  return parent ? [...ancestors(parent, lang), sectionCrumb(parent, lang)] : [];
}

/** The trail of a section's own page (the home crumb is added by the layout). */
export function sectionCrumbs(section: Section, lang: Lang = 'vi'): Crumb[] {
  return [...ancestors(section, lang), { label: t(sectionText(section).title, {}, lang) }];
}

/** The trail of page n of a section's list: `Tin tức › Trang 2`. */
export function sectionListCrumbs(section: Section, pageNumber: number): Crumb[] {
  return listCrumbs(t(sectionText(section).title), sectionUrl(section), pageNumber, ancestors(section, 'vi'));
}

/**
 * The trail of an entry's page: its section (and the sections above it), the
 * group it belongs to when that has a page (`via`: a news category, a field), then its title.
 */
export function entryCrumbs(section: Section, title: string, options: { via?: Crumb; lang?: Lang } = {}): Crumb[] {
  const lang = options.lang ?? 'vi';
  const trail = [...ancestors(section, lang), sectionCrumb(section, lang)];
  return [...trail, ...(options.via ? [options.via] : []), { label: title }];
}

/** A news category's crumb on an article's page. */
export function categoryCrumb(category: string): Crumb {
  return { label: category, href: categoryUrl(category) };
}

/** A field's crumb on a procedure's page. */
export function procedureFieldCrumb(field: string, fieldSlug: string): Crumb {
  return { label: field, href: procedureFieldUrl(fieldSlug) };
}

/** A topic's crumb on a question's page. */
export function questionTopicCrumb(topic: string, topicSlug: string): Crumb {
  return { label: topic, href: questionTopicUrl(topicSlug) };
}

/** Page n of a news category: `Tin tức › Hợp tác quốc tế › Trang 2`. */
export function categoryCrumbs(category: string, pageNumber: number): Crumb[] {
  return listCrumbs(category, categoryUrl(category), pageNumber, [sectionCrumb('news')]);
}

/** Page n of the documents of a year: `Văn bản › Văn bản ban hành năm 2024`. */
export function documentYearCrumbs(year: number | string, pageNumber: number): Crumb[] {
  return listCrumbs(t('documents.yearTitle', { year }), documentYearUrl(year), pageNumber, [sectionCrumb('documents')]);
}

/** Page n of a document list: `Văn bản › Dự thảo lấy ý kiến`. */
export function documentListCrumbs(list: { slug: string; title: string }, pageNumber: number): Crumb[] {
  return listCrumbs(list.title, documentListUrl(list), pageNumber, [sectionCrumb('documents')]);
}
