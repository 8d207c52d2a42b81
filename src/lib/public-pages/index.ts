export { publicPagePath } from './routes';
export { siteMap, type SiteMapLink } from './site-map';
