export { PUBLIC_PAGES, publicPagePath, type PublicPageKey } from './routes';
export { siteMap, siteMapHrefs, type SiteMapInput, type SiteMapLink } from './site-map';
