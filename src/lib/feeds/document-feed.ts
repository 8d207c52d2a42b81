/**
 * What the documents feed says of each document: the fields every Vietnamese
 * government listing shows (Nghị định 42/2022/NĐ-CP, Art. 4), as plain text
 * for feed readers that show the description, and as HTML with the files.
 */
import { formatDate } from '../shared/dates';
import { escapeHtml } from '../shared/html';

export interface FeedDocument {
  number: string;
  type: string;
  issuer: string[];
  field: string;
  signer?: string;
  issued: Date;
  effective?: Date;
  status?: string;
  summary: string;
}

export interface FeedAttachment {
  /** Absolute address. */
  url: string;
  title: string;
  typeLabel: string;
  sizeText: string;
}

/** `Số/ký hiệu`, `Loại văn bản`… with their values, in the order of the document page's table. */
export function documentFacts(doc: FeedDocument): [string, string][] {
  return [
    ['Số/ký hiệu', doc.number],
    ['Loại văn bản', doc.type],
    ['Cơ quan ban hành', doc.issuer.join('; ')],
    ['Lĩnh vực', doc.field],
    ...(doc.signer ? [['Người ký', doc.signer] as [string, string]] : []),
    ['Ngày ban hành', formatDate(doc.issued)],
    ...(doc.effective ? [['Ngày hiệu lực', formatDate(doc.effective)] as [string, string]] : []),
    ...(doc.status ? [['Tình trạng hiệu lực', doc.status] as [string, string]] : []),
  ];
}

/** The summary, then one fact a line. */
export function documentFeedDescription(doc: FeedDocument): string {
  return [doc.summary, ...documentFacts(doc).map(([label, value]) => `${label}: ${value}`)].join('\n');
}

/** The same facts as HTML, with a link to each attached file (RSS 2.0 allows one enclosure). */
export function documentFeedContent(doc: FeedDocument, attachments: FeedAttachment[]): string {
  const facts = documentFacts(doc)
    .map(([label, value]) => `<li>${escapeHtml(label)}: ${escapeHtml(value)}</li>`)
    .join('');
  const files = attachments
    .map((file) => `<li><a href="${escapeHtml(file.url)}">${escapeHtml(file.title)}</a> (${escapeHtml(file.typeLabel)}, ${escapeHtml(file.sizeText)})</li>`)
    .join('');
  return `<p>${escapeHtml(doc.summary)}</p><ul>${facts}</ul>${files ? `<p>Tệp đính kèm:</p><ul>${files}</ul>` : ''}`;
}
