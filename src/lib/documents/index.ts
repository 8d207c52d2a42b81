export { BUILD_TIME, commentStatus } from './comment-period';
export { DOCUMENT_LISTS } from './lists';
export { documentStatus } from './status';
export { documentFacets } from './facets';
