import { toIsoDay } from '../shared/dates';

/** Whether a draft still takes comments, as a visitor reads it. */
export type CommentStatus = 'Đang lấy ý kiến' | 'Đã hết hạn lấy ý kiến';

/**
 * A draft takes comments up to and including its deadline, counted in
 * Vietnamese calendar days: at 23:00 UTC on the deadline it is already the
 * next day in Sơn La, and the period is over.
 */
export function commentStatus(deadline: Date, now: Date): CommentStatus {
  return toIsoDay(now) <= toIsoDay(deadline) ? 'Đang lấy ý kiến' : 'Đã hết hạn lấy ý kiến';
}

/** The day the site is built: the status of every draft is worked out against it once per build. */
export const BUILD_TIME = new Date();
