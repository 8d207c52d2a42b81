/**
 * Content may publish files from `content/` and nothing else. A name an entry
 * gives (a cover, an attachment, a photo, a poster) must resolve inside the
 * content folder, both as written and after symlinks are followed, and no
 * symlink may stand anywhere under `content/`: a link to `/etc/passwd` or to
 * `.git/config` would otherwise be published as a download.
 *
 * A name that points outside is refused from its text alone, before the disk
 * is asked, so the message is the same whether that outside path exists or not.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { ContentProblem } from '../checks/problem';

export type ContainedFile = 'ok' | 'missing' | 'outside' | 'symlink' | 'not-a-file';

const isInside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

/** Where `name`, given by an entry in `entryDir`, leads, and whether the site may publish it. */
export function containedFile(contentDir: string, entryDir: string, name: string): ContainedFile {
  const root = resolve(contentDir);
  const target = resolve(entryDir, name);
  if (name.includes('\0') || !isInside(root, target)) return 'outside';
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    return 'missing';
  }
  if (stats.isSymbolicLink()) return 'symlink';
  if (!stats.isFile()) return 'not-a-file';
  // A folder on the way may be a symlink: the real path must still be inside.
  return isInside(realpathSync(root), realpathSync(target)) ? 'ok' : 'outside';
}

/** The message for a name that is not 'ok', worded for staff. */
export function containedFileMessage(result: Exclude<ContainedFile, 'ok'>, shownPath: string): string {
  switch (result) {
    case 'missing':
      return `một tệp có thật cạnh tệp Markdown: không tìm thấy ${shownPath}`;
    case 'outside':
      return 'một tệp nằm trong thư mục content/ (đặt tệp cạnh tệp Markdown và ghi tên tệp, không ghi "../" hay đường dẫn tuyệt đối): trang web chỉ đăng tệp của thư mục nội dung';
    case 'symlink':
      return `một tệp thật, không phải liên kết tượng trưng (symlink): ${shownPath} trỏ tới nơi khác; hãy chép chính tệp vào đây`;
    case 'not-a-file':
      return `tên một tệp, không phải thư mục: ${shownPath}`;
  }
}

export const SYMLINK_FIELD = '(liên kết tượng trưng)';

/**
 * Every symlink under `contentDir`, as a problem each; symlinked folders are
 * not entered. Git stores a symlink as a link, so a pull request can carry one.
 */
export function symlinkProblems(contentDir: string, display: (absolute: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        problems.push({
          file: display(absolute),
          field: SYMLINK_FIELD,
          found: 'một liên kết tượng trưng (symlink)',
          expected:
            'một tệp hoặc thư mục thật: trang web không đăng liên kết tượng trưng, vì chúng có thể trỏ ra ngoài thư mục nội dung; hãy chép chính tệp vào đây',
        });
      } else if (entry.isDirectory()) {
        walk(absolute);
      }
    }
  };
  walk(contentDir);
  return problems;
}
