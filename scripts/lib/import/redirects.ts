import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';

export interface Redirect {
  /** Old address: path, with its query when it had one. */
  from: string;
  /** Page of the new site. */
  to: string;
}

/** Where the redirects from old addresses live, inside the content tree (the publishing step reads it). */
export const REDIRECTS_FILE = 'cai-dat/chuyen-huong.yaml';

const HEADER = [
  '# Chuyển hướng từ địa chỉ của trang cũ sang trang mới, để liên kết cũ vẫn mở được.',
  '# from: địa chỉ cũ (đường dẫn, kèm ?tham-số nếu có); to: trang mới, ví dụ /tin-tuc/ten-bai/.',
].join('\n');

/**
 * Adds redirects to the settings file, keeping what staff wrote there
 * (entries and comments): an old address already listed keeps its target,
 * new ones are appended.
 */
export function mergeRedirects(path: string, added: Redirect[]): { text: string; added: number } {
  const written = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let doc = parseDocument(written);
  if (doc.contents === null) doc = parseDocument(`${written.trim() ? written : HEADER}\nredirects: []\n`);
  const list = doc.get('redirects');
  if (doc.errors.length > 0 || !isMap(doc.contents) || (list !== null && list !== undefined && !isSeq(list))) {
    throw new Error(`${path}: không ghi thêm chuyển hướng được vì tệp chưa đúng dạng (cần "redirects:" với các mục from/to); hãy sửa tệp rồi chạy lại.`);
  }
  if (!isSeq(list)) doc.set('redirects', doc.createNode([]));
  (doc.get('redirects') as { flow?: boolean }).flow = false;
  const existing = (doc.toJS() as { redirects: Redirect[] }).redirects;
  const seen = new Set(existing.map((redirect) => redirect.from));
  let count = 0;
  for (const redirect of added) {
    if (redirect.from === redirect.to || seen.has(redirect.from)) continue;
    seen.add(redirect.from);
    doc.addIn(['redirects'], doc.createNode({ from: redirect.from, to: redirect.to }));
    count++;
  }
  return { text: doc.toString({ lineWidth: 0 }), added: count };
}
