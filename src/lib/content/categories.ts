/**
 * A category's address belongs to the route table (src/lib/routing/urls.ts).
 * Kept only for the route files that still import it from here; delete this
 * file once src/pages imports `categoryUrl` from routing/urls.
 */
export { categoryUrl } from '../routing/urls';
