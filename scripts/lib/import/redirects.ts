import { existsSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export interface Redirect {
  /** Old address: path, with its query when it had one. */
  from: string;
  /** Page of the new site. */
  to: string;
}

/** Where the redirects from old addresses live, inside the content tree (the publishing step reads it). */
export const REDIRECTS_FILE = 'cai-dat/chuyen-huong.yaml';

/**
 * Adds redirects to the settings file, keeping what staff wrote there: an old
 * address already listed keeps its target, new ones are appended.
 */
export function mergeRedirects(path: string, added: Redirect[]): { text: string; added: number } {
  const existing: Redirect[] = existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as { redirects?: Redirect[] } | null)?.redirects ?? []) : [];
  const seen = new Set(existing.map((redirect) => redirect.from));
  const fresh = added.filter((redirect) => redirect.from !== redirect.to && !seen.has(redirect.from) && seen.add(redirect.from));
  const header = [
    '# Chuyển hướng từ địa chỉ của trang cũ sang trang mới, để liên kết cũ vẫn mở được.',
    '# from: địa chỉ cũ (đường dẫn, kèm ?tham-số nếu có); to: trang mới, ví dụ /tin-tuc/ten-bai/.',
    '',
  ].join('\n');
  return { text: header + stringify({ redirects: [...existing, ...fresh] }, { lineWidth: 0 }), added: fresh.length };
}
