import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../src/schemas/documents';
import { slugify } from '../../../src/lib/shared/slug';
import { readVietnameseDate, type IsoDay } from './dates';

/** What a document page states about the document, as read from its table or its labelled lines. */
export interface DocumentFacts {
  number?: string;
  type?: string;
  issuer?: string;
  field?: string;
  signer?: string;
  issued?: IsoDay;
  effective?: IsoDay;
  status?: string;
  summary?: string;
}

/** Labels old portals print, folded to ASCII, → the field they name. Tried in order. */
const LABELS: [RegExp, keyof DocumentFacts][] = [
  [/^(so ky hieu|so\/ky hieu|so hieu|ky hieu|so van ban|so)$/, 'number'],
  [/^(loai van ban|the loai|hinh thuc van ban|loai)$/, 'type'],
  [/(co quan ban hanh|noi ban hanh|don vi ban hanh|cap ban hanh)/, 'issuer'],
  [/linh vuc/, 'field'],
  [/nguoi ky/, 'signer'],
  [/ngay ban hanh/, 'issued'],
  [/ngay (co )?hieu luc|ngay ap dung/, 'effective'],
  [/(trich yeu|tom tat|noi dung)/, 'summary'],
  [/(tinh trang|trang thai|hieu luc)/, 'status'],
];

const foldLabel = (label: string) => slugify(label).replace(/-/g, ' ');

export function fieldOfLabel(label: string): keyof DocumentFacts | undefined {
  const folded = foldLabel(label.replace(/[:：]\s*$/, ''));
  return LABELS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Abbreviations in a document number → its type (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
const TYPE_BY_CODE: [RegExp, (typeof DOCUMENT_TYPES)[number]][] = [
  [/TTLT/, 'Thông tư liên tịch'],
  [/NĐ-CP|ND-CP/, 'Nghị định'],
  [/NQ/, 'Nghị quyết'],
  [/QĐ|QD/, 'Quyết định'],
  [/CT/, 'Chỉ thị'],
  [/TT/, 'Thông tư'],
  [/KH/, 'Kế hoạch'],
  [/BC/, 'Báo cáo'],
  [/TB/, 'Thông báo'],
  [/HD/, 'Hướng dẫn'],
  [/QC/, 'Quy chế'],
];

/** The type of the new site's list a written type (or, failing that, the number's code) stands for. */
export function documentTypeOf(written: string | undefined, number: string | undefined): (typeof DOCUMENT_TYPES)[number] | undefined {
  if (written) {
    const folded = foldLabel(written);
    const exact = DOCUMENT_TYPES.find((type) => foldLabel(type) === folded);
    if (exact) return exact;
  }
  const code = number?.split('/').slice(1).join('/').toUpperCase();
  if (code) {
    const byCode = TYPE_BY_CODE.find(([pattern]) => pattern.test(code));
    // A number with an agency code only (`125/SNgV-VP`) is an official letter.
    return byCode?.[1] ?? (/^\d+\/[A-ZĐ]/.test(number!) ? 'Công văn' : undefined);
  }
  return undefined;
}

export function documentStatusOf(written: string | undefined): (typeof DOCUMENT_STATUSES)[number] | undefined {
  if (!written) return undefined;
  const folded = foldLabel(written);
  return [...DOCUMENT_STATUSES].sort((a, b) => b.length - a.length).find((status) => folded.includes(foldLabel(status)));
}

/**
 * Reads the labelled facts of a document page: table rows (`<th|td>Số ký
 * hiệu</td><td>…</td>`), definition lists, and lines written "Label: value".
 * Returns the facts and the elements that held them (removed from the body:
 * the new page shows them in its own table).
 */
export function readDocumentFacts(root: Element): { facts: DocumentFacts; holders: Element[] } {
  const facts: DocumentFacts = {};
  const holders = new Set<Element>();
  const take = (label: string, value: string, holder: Element) => {
    const field = fieldOfLabel(label);
    const clean = value.replace(/\s+/g, ' ').trim();
    if (!field || !clean || facts[field]) return;
    if (field === 'issued' || field === 'effective') {
      const day = readVietnameseDate(clean);
      if (!day) return;
      facts[field] = day;
    } else facts[field] = clean;
    holders.add(holder);
  };
  for (const row of root.querySelectorAll('tr')) {
    const cells = [...row.children].filter((cell) => /^(TD|TH)$/.test(cell.tagName));
    if (cells.length === 2) take(cells[0]!.textContent ?? '', cells[1]!.textContent ?? '', row.closest('table') ?? row);
    if (cells.length === 4) {
      take(cells[0]!.textContent ?? '', cells[1]!.textContent ?? '', row.closest('table') ?? row);
      take(cells[2]!.textContent ?? '', cells[3]!.textContent ?? '', row.closest('table') ?? row);
    }
  }
  for (const term of root.querySelectorAll('dt')) {
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD') take(term.textContent ?? '', value.textContent ?? '', term.closest('dl') ?? term);
  }
  for (const line of root.querySelectorAll('p, li, div')) {
    const text = (line.textContent ?? '').trim();
    if (line.children.length > 3 || text.length > 400) continue;
    const match = /^([^:]{2,30}):\s*(.+)$/s.exec(text);
    if (match) take(match[1]!, match[2]!, line);
  }
  return { facts, holders: [...holders].filter((holder) => holder !== root) };
}
