export { BUILD_TIME, COMMENT_STATUSES, commentStatus, type CommentStatus } from './comment-period';
export { DOCUMENT_LISTS, documentListUrl, type DocumentList } from './lists';
export { documentStatus } from './status';
