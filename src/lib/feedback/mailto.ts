/**
 * The national system for citizens' and businesses' feedback and petitions
 * (Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị), run by the Government
 * Office on the National Public Service Portal; the address is the one its own
 * introduction page gives (dichvucong.gov.vn/p/phananhkiennghi/pakn-gioi-thieu.html).
 */
export const NATIONAL_FEEDBACK_URL = 'https://dichvucong.gov.vn/guipakn';

export interface FeedbackPage {
  title: string;
  /** The page's full address. */
  url: string;
}

/**
 * A `mailto:` link that opens the visitor's mail program with the page named
 * in the subject and its address in the body (RFC 6068: every part
 * percent-encoded, lines ending in CRLF). Nothing leaves the page until the
 * visitor sends the mail.
 */
export function feedbackMailto(email: string, page: FeedbackPage, answer: string, labels: { subject: string; body: string }): string {
  const subject = `${labels.subject}: ${page.title}`;
  const body = labels.body.replace('{url}', page.url).replace('{answer}', answer).split('\n').join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
