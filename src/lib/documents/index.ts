export { BUILD_TIME, COMMENT_STATUSES, commentStatus, type CommentStatus } from './comment-period';
export { DOCUMENT_LISTS, type DocumentList } from './lists';
// The lists' addresses are the route table's; re-exported for the route files that import them from here.
export { documentStatus } from './status';
