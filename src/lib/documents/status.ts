import type { DOCUMENT_STATUSES } from '../../schemas/documents';
import { commentStatus, type CommentStatus } from './comment-period';

/** What the status of a document reads from it. */
interface StatusData {
  status?: (typeof DOCUMENT_STATUSES)[number];
  comment?: { deadline: Date };
}

/**
 * The status a visitor sees and filters by: a draft's comment period (open or
 * over, on the day `now` falls in Vietnam), else whether the document applies.
 */
export function documentStatus(data: StatusData, now: Date): CommentStatus | StatusData['status'] {
  return data.comment ? commentStatus(data.comment.deadline, now) : data.status;
}
