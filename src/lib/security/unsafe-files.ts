import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../checks/problem';
import { symlinkProblems } from './content-files';
import { textFileProblems } from './input-limits';

/**
 * An SVG file is a program as much as a picture: opened from the site's own
 * host it runs its scripts there, where no Content Security Policy header
 * reaches it on every host. None is published: pictures are JPEG, PNG, WebP or AVIF.
 */
function svgProblem(file: string): ContentProblem {
  return {
    file,
    field: '(loại tệp)',
    found: 'một tệp SVG',
    expected: 'ảnh JPEG, PNG, WebP hoặc AVIF: tệp SVG có thể chứa mã chạy trên trang nên không được đăng; hãy xuất hình thành PNG',
  };
}

/**
 * Files under `dir` that no check may open: symlinks (which may lead outside
 * content/) and, when there are none, SVG files, and text files too large, not UTF-8,
 * with a NUL byte or too many YAML aliases. Reported alone, before anything parses them.
 */
export function unsafeFiles(dir: string, display: (absolute: string) => string): ContentProblem[] {
  if (!existsSync(dir)) return [];
  const symlinks = symlinkProblems(dir, display);
  if (symlinks.length > 0) return symlinks;
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return files.flatMap((path) => (/\.svgz?$/i.test(path) ? [svgProblem(display(path))] : textFileProblems(path, display(path))));
}
