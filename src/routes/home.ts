import type { Essential } from '../components/home/HomeEssentials.astro';
import { getAlbums, getDocuments, getNews, getProcedures, getThisWeek, getVideos } from '../data/portal';
import { documentListUrl, sectionUrl } from '../lib/routing/urls';
import { t } from '../i18n';
import { BUILD_TIME, DOCUMENT_LISTS, documentStatus } from '../lib/documents';
import { featuredArticle } from '../lib/home';
import type { Agency } from '../lib/settings/agency';

/** What the Vietnamese home page shows (src/routes/HomePage.astro): the newest of each kind, and what a visitor comes to do. */
export async function portalHome(agency: Agency) {
  const [news, documents, albums, videos, procedures, thisWeek] = await Promise.all([
    getNews(),
    getDocuments(),
    getAlbums(),
    getVideos(),
    getProcedures(),
    getThisWeek(),
  ]);
  const featured = featuredArticle(news);
  const drafts = DOCUMENT_LISTS.find((list) => list.slug === 'du-thao-lay-y-kien')!;
  const openDrafts = documents.filter((doc) => documentStatus(doc.data, BUILD_TIME) === 'Đang lấy ý kiến').length;
  const hotline = agency.hotlines[0]!;
  // One line per thing a visitor comes to do; each section below shows only when it has entries,
  // albums and clips two each: on a phone each is a full-width picture.
  const essentials: Essential[] = [
    { href: sectionUrl('about'), title: t('nav.about'), text: t('home.intro', { name: agency.name, parent: agency.parent }) },
    { href: sectionUrl('procedures'), title: t('procedures.title'), text: t('home.essentials.procedures') },
    { href: sectionUrl('documents'), title: t('nav.documents'), text: t('home.essentials.documents', { count: documents.length }) },
    ...(openDrafts > 0 ? [{ href: documentListUrl(drafts), title: drafts.title, text: t('home.essentials.drafts', { count: openDrafts }) }] : []),
    { href: hotline.number.href, title: `${hotline.label}:`, number: hotline.number.display, text: t('home.essentials.hotline') },
    { href: sectionUrl('contact'), title: t('nav.contact'), text: t('home.essentials.contact') },
  ];
  return {
    featured,
    latest: news.filter((article) => article !== featured).slice(0, 5),
    essentials,
    documents,
    albums,
    videos,
    procedures,
    thisWeek,
  };
}
