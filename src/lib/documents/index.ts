export { BUILD_TIME, commentStatus } from './comment-period';
export { DOCUMENT_LISTS, type DocumentList } from './lists';
export { documentStatus } from './status';
