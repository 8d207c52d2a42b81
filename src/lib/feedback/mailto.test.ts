import { describe, expect, it } from 'vitest';
import { feedbackMailto } from './mailto';

describe('feedbackMailto', () => {
  const labels = { subject: 'Góp ý trang', body: 'Trang: {url}\nHữu ích: {answer}\nGóp ý:' };
  const link = feedbackMailto('sngv@sonla.gov.vn', { title: 'Liên hệ & bản đồ', url: 'https://example.vn/lien-he/' }, 'Có', labels);

  it('addresses the department and names the page in the subject', () => {
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('sngv@sonla.gov.vn');
    expect(url.searchParams.get('subject')).toBe('Góp ý trang: Liên hệ & bản đồ');
  });

  it("puts the page's address and the answer in the body, lines ending in CRLF", () => {
    expect(new URL(link).searchParams.get('body')).toBe('Trang: https://example.vn/lien-he/\r\nHữu ích: Có\r\nGóp ý:');
  });

  it('encodes spaces as %20, not +, which mail programs would show', () => {
    expect(link).toContain('subject=G%C3%B3p%20%C3%BD%20trang');
    expect(link).not.toContain('+');
  });
});
