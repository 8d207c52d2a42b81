export { siteMap, siteMapHrefs, type SiteMapInput, type SiteMapLink } from './site-map';
