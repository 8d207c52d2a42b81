import { readFileSync, writeFileSync } from 'node:fs';
import type { ContentProblem } from './problem';

/**
 * Rewrites a text file typed in decomposed Unicode (Unikey's "Unicode tổ hợp",
 * some copy-paste: "ế" as e + ̂ + ́) in the composed form (NFC) every
 * Vietnamese keyboard and the schemas use, so a category or a name that looks
 * right is not refused as different. Returns the warning that says so, or nothing.
 */
export function normaliseToNfc(absolute: string, shown: string): ContentProblem | null {
  const text = readFileSync(absolute, 'utf8');
  const composed = text.normalize('NFC');
  if (composed === text) return null;
  writeFileSync(absolute, composed);
  return {
    file: shown,
    field: '(bảng mã)',
    found: 'chữ gõ bằng bảng mã "Unicode tổ hợp" (dấu tách rời chữ), đã tự đổi sang Unicode dựng sẵn và lưu lại tệp',
    expected: 'chọn bảng mã "Unicode" (dựng sẵn) trong Unikey hoặc EVKey để lần sau không cần đổi',
  };
}
