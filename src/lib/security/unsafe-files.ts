import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../problem';
import { symlinkProblems } from './content-files';
import { textFileProblems } from './input-limits';

/**
 * Files under `dir` that no check may open: symlinks (which may lead outside
 * content/) and, when there are none, text files too large, not UTF-8, with a
 * NUL byte or too many YAML aliases. Reported alone, before anything parses them.
 */
export function unsafeFiles(dir: string, display: (absolute: string) => string): ContentProblem[] {
  if (!existsSync(dir)) return [];
  const symlinks = symlinkProblems(dir, display);
  if (symlinks.length > 0) return symlinks;
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return files.flatMap((path) => textFileProblems(path, display(path)));
}
