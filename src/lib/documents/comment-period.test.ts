import { describe, expect, it } from 'vitest';
import { commentStatus } from './comment-period';

// The deadline as the schema gives it: midnight of the Vietnamese day (UTC+7).
const deadline = new Date('2025-03-31T00:00:00+07:00');

describe('commentStatus', () => {
  it('takes comments on the deadline day itself, Vietnam time', () => {
    expect(commentStatus(deadline, new Date('2025-03-31T16:59:00Z'))).toBe('Đang lấy ý kiến');
  });
  it('is over once the day after the deadline has begun in Vietnam, though UTC still shows the deadline day', () => {
    expect(commentStatus(deadline, new Date('2025-03-31T17:00:00Z'))).toBe('Đã hết hạn lấy ý kiến');
  });
  it('takes comments before the deadline', () => {
    expect(commentStatus(deadline, new Date('2025-03-01T00:00:00Z'))).toBe('Đang lấy ý kiến');
  });
});

describe('documentStatus', async () => {
  const { documentStatus } = await import('./status');
  const now = new Date('2025-04-01T01:00:00Z');
  it("is a draft's comment status, whatever else it says", () => {
    expect(documentStatus({ comment: { deadline } }, now)).toBe('Đã hết hạn lấy ý kiến');
  });
  it('is the validity status of any other document, or nothing when unknown', () => {
    expect(documentStatus({ status: 'Còn hiệu lực' }, now)).toBe('Còn hiệu lực');
    expect(documentStatus({}, now)).toBeUndefined();
  });
});
