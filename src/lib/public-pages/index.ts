export { siteMap, type SiteMapLink } from './site-map';
