import { DRAFT_TYPE } from '../../schemas/documents';
import type { DOCUMENT_TYPES } from '../../schemas/documents';

type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What the lists below read of a document. */
interface ListedDocument {
  data: { type: DocumentType; budget: boolean };
}

/**
 * The document lists the law asks a department to keep apart, each on a page
 * of its own (`documentListUrl`, src/lib/routing/urls.ts): drafts open for comment (Luật Ban hành văn bản
 * QPPL 2015, Art. 120), international treaties and agreements, and budget
 * disclosures (Thông tư 343/2016/TT-BTC).
 */
export const DOCUMENT_LISTS = [
  {
    slug: 'du-thao-lay-y-kien',
    title: 'Dự thảo lấy ý kiến',
    intro: 'Dự thảo văn bản đang và đã lấy ý kiến góp ý của tổ chức, cá nhân. Mỗi dự thảo ghi hạn góp ý và cách gửi góp ý.',
    includes: (doc: ListedDocument) => doc.data.type === DRAFT_TYPE,
  },
  {
    slug: 'dieu-uoc-thoa-thuan-quoc-te',
    title: 'Điều ước quốc tế, thỏa thuận quốc tế',
    intro: 'Điều ước quốc tế và thỏa thuận quốc tế liên quan đến tỉnh Sơn La.',
    includes: (doc: ListedDocument) => doc.data.type === 'Điều ước quốc tế' || doc.data.type === 'Thỏa thuận quốc tế',
  },
  {
    slug: 'cong-khai-ngan-sach',
    title: 'Công khai ngân sách',
    intro: 'Số liệu và báo cáo công khai dự toán, tình hình thực hiện và quyết toán ngân sách của Sở.',
    includes: (doc: ListedDocument) => doc.data.budget,
  },
] as const;
