import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { COLLECTIONS } from '../content/collections';
import type { ContentProblem } from '../checks/problem';
import { fieldName } from '../checks/zod-messages';
import { escapeHtml } from '../shared/html';

/** One line of `content/cai-dat/chuyen-huong.yaml`, with where it is written. */
export interface Redirect {
  /** The old address: a path, perhaps with `?query`. */
  from: string;
  /** The page of this site it leads to. */
  to: string;
  /** Its place in the list, and the lines of `from` and `to` in the file. */
  index?: number;
  line?: number;
  toLine?: number;
}

/** The settings file of the redirects, under the content folder. */
export const REDIRECTS_FILE = posix.join(COLLECTIONS.redirects.folder, COLLECTIONS.redirects.pattern);

/** The redirects of a content tree, each with its line; none when the file is absent. The schema has vetted the shape. */
export function readRedirects(contentDir: string): Redirect[] {
  const file = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  const data = (doc.toJS() ?? {}) as { redirects?: { from: string; to: string }[] };
  const lineOf = (index: number, field: string) => {
    const node = doc.getIn(['redirects', index, field], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? counter.linePos(node.range[0]).line : undefined;
  };
  return (data.redirects ?? []).map(({ from, to }, index) => ({
    from: from.trim(),
    to: to.trim(),
    index,
    line: lineOf(index, 'from'),
    toLine: lineOf(index, 'to'),
  }));
}

/** The path part of an old address, decoded as nginx's `$uri` is: `/a%20b.html?x=1` → `/a b.html`. */
export function pathOf(address: string): string {
  const path = address.split('?')[0]!;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

const hasQuery = (address: string) => address.includes('?');

/**
 * What a schema cannot see: the same old address twice, an address that
 * leads to itself (a loop) or to another old address (a chain: the visitor
 * would be sent twice; write the final page instead), and, given the build,
 * a target that is not a page or an old address that is now a page.
 */
export function redirectProblems(redirects: readonly Redirect[], file: string, isPage?: (path: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (redirect: Redirect, field: 'from' | 'to', found: string, expected: string) =>
    problems.push({
      file,
      line: field === 'to' ? (redirect.toLine ?? redirect.line) : redirect.line,
      field: redirect.index === undefined ? field : fieldName(['redirects', redirect.index, field]),
      found,
      expected,
    });
  const byFrom = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const first = byFrom.get(redirect.from);
    if (first) {
      at(redirect, 'from', `"${redirect.from}", đã có ở dòng ${first.line ?? '?'}`, 'mỗi địa chỉ cũ chỉ một lần; xóa một trong hai dòng');
      continue;
    }
    byFrom.set(redirect.from, redirect);
  }
  const oldPaths = new Map(redirects.filter((r) => !hasQuery(r.from)).map((r) => [pathOf(r.from), r]));
  for (const redirect of redirects) {
    if (!hasQuery(redirect.from) && pathOf(redirect.from) === redirect.to) {
      at(redirect, 'to', `"${redirect.to}", chính là địa chỉ cũ (vòng lặp)`, 'một trang khác của site');
      continue;
    }
    const next = oldPaths.get(redirect.to);
    if (next) {
      at(
        redirect,
        'to',
        `"${redirect.to}", là địa chỉ cũ ở dòng ${next.line ?? '?'} (chuyển tiếp lần nữa tới "${next.to}")`,
        `trang cuối cùng: ghi thẳng "${next.to}"`,
      );
      continue;
    }
    if (!isPage) continue;
    if (!isPage(redirect.to)) at(redirect, 'to', `"${redirect.to}", không có trang này trong site`, 'đường dẫn một trang đang có, ví dụ /tin-tuc/ten-bai/');
    if (!hasQuery(redirect.from) && isPage(pathOf(redirect.from))) {
      at(redirect, 'from', `"${redirect.from}", là một trang đang có của site`, 'chỉ địa chỉ không còn trang nào (trang đang có sẽ không được chuyển)');
    }
  }
  return problems;
}

/**
 * The `_redirects` file of Netlify and Cloudflare Pages. An old address with
 * a query is written in Netlify's form (`/index.php option=com_content id=12`);
 * Cloudflare Pages does not match queries and skips such lines (docs/quan-tri-xuat-ban.md).
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => {
    if (!hasQuery(from)) return `${from} ${to} 301`;
    const [path, query] = from.split('?') as [string, string];
    const params = query.split('&').filter(Boolean);
    return `${path} ${params.join(' ')} ${to} 301`;
  });
  return `# Written by the build from content/${REDIRECTS_FILE}: edit that, not this file.\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * nginx `map` blocks setting `$songoaivu_redirect`: an old address with a
 * query is matched on the whole request line (`$request_uri`, as sent), one
 * without on the path (`$uri`, decoded), so `?utm_source=…` added to an old
 * link still finds its page. docs/nginx.conf answers it with a 301.
 */
export function nginxRedirectMaps(redirects: readonly Redirect[]): string {
  const entries = (list: readonly Redirect[], key: (r: Redirect) => string) => list.map((r) => `    ${quoted(key(r))} ${quoted(r.to)};\n`).join('');
  return [
    'map $request_uri $songoaivu_redirect_query {\n    default "";\n',
    entries(
      redirects.filter((r) => hasQuery(r.from)),
      (r) => r.from,
    ),
    '}\n',
    'map $uri $songoaivu_redirect {\n    default $songoaivu_redirect_query;\n',
    entries(
      redirects.filter((r) => !hasQuery(r.from)),
      (r) => pathOf(r.from),
    ),
    '}\n',
  ].join('');
}

/**
 * Where the build writes the small page that sends a visitor on, for hosts
 * that cannot redirect (GitHub Pages): `/old/a.html` → `old/a.html`, `/old/`
 * and `/old` → `old/index.html`. None for an address with a query: one file
 * cannot tell `?id=1` from `?id=2`.
 */
export function redirectPageFile(from: string): string | undefined {
  if (hasQuery(from)) return undefined;
  const path = pathOf(from).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return posix.extname(path) ? path : `${path}/index.html`;
}

/** The pages a build left at old addresses, read back from its `_redirects` (the offline copy and the page tests skip them). */
export function redirectPageFiles(redirectsText: string): string[] {
  return redirectsText
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.length === 3 && words[0]!.startsWith('/'))
    .flatMap(([from]) => redirectPageFile(from!) ?? []);
}

/** The page left at an old address: refresh at once to the new page, which search engines take as the canonical one. */
export function redirectPage(to: string, site: string, policy: string): string {
  const url = escapeHtml(new URL(to, site).href);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<title>Trang đã chuyển địa chỉ</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${url}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">
</head>
<body>
<p>Trang này đã chuyển tới <a href="${escapeHtml(to)}">${url}</a>.</p>
</body>
</html>
`;
}
