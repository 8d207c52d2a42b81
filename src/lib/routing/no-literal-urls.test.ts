import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { FIXED_URLS, SITE_CARD_URL } from './urls';

/**
 * Files allowed to spell a section's address. The table itself, and the tests,
 * which assert its addresses against literals. The route files are exempt only
 * until they call the table: shrink this list to the first two entries then.
 */
const EXEMPT = ['src/lib/routing/urls.ts', 'src/**/*.test.ts'];

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first segment of every address the table owns (`tin-tuc`, `en`,
 * `rss.xml`…), longest first so `lich-cong-tac.ics` wins over `lich-cong-tac`.
 */
const SEGMENTS = [...new Set([...FIXED_URLS, SITE_CARD_URL].map((url) => url.split('/')[1]).filter(Boolean))].sort((a, b) => b.length - a.length);

/**
 * A string that is a site address starting with one of those segments: right
 * after the quote that opens it, after `}` in a template (`${home}/gioi-thieu/`)
 * or after `>` in a template's text. An address cited inside a sentence (a
 * staff message's `ví dụ /tin-tuc/ten-bai/`) is prose, not a link the site writes.
 */
const LITERAL = new RegExp(`(?<=['"\`}>])/(?:${SEGMENTS.map(escape).join('|')})(?=[/'"\`?#$]|$)`);

/** The source with its comments blanked (line breaks kept, so line numbers hold). */
function withoutComments(source: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const braces: ('code' | 'template')[] = [];
  const out = source.split('');
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  const endsExpression = new Set([
    ts.SyntaxKind.Identifier,
    ts.SyntaxKind.CloseParenToken,
    ts.SyntaxKind.CloseBracketToken,
    ts.SyntaxKind.NumericLiteral,
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateTail,
    ts.SyntaxKind.ThisKeyword,
  ]);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      for (let i = scanner.getTokenStart(); i < scanner.getTokenEnd(); i++) if (out[i] !== '\n') out[i] = ' ';
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    if (kind === ts.SyntaxKind.TemplateHead) braces.push('template');
    else if (kind === ts.SyntaxKind.OpenBraceToken) braces.push('code');
    else if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop() === 'template') {
      if (scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateMiddle) braces.push('template');
    } else if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !endsExpression.has(previous)) {
      scanner.reScanSlashToken();
    }
    previous = scanner.getToken();
  }
  return out.join('');
}

/** The code of a source file: an .astro file's script part as TypeScript, its template with HTML comments blanked. */
function codeOf(path: string, source: string): string {
  if (!path.endsWith('.astro')) return withoutComments(source);
  const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const script = fence ? `---\n${withoutComments(fence[1])}\n---` : '';
  const template = source.slice(fence ? fence[0].length : 0).replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  return script + template;
}

/** `file:line: text` of each section address written as a literal. */
function literalUrls(path: string, source: string): string[] {
  return codeOf(path, source)
    .split('\n')
    .flatMap((line, i) => (LITERAL.test(line) ? [`${path}:${i + 1}: ${source.split('\n')[i].trim()}`] : []));
}

describe('the route table owns every address', () => {
  it('knows a literal from a comment, a host and a call to the table', () => {
    const script = [
      "/** Links to `/tin-tuc/hop-bao/`. */ const a = sectionUrl('news');",
      'const b = `/van-ban/${slug}/`; // `/van-ban/`',
      "const c = `${base}trang/2/` + '/lich-cong-tac.ics' + /\\/video\\//.source;",
      "const d = `${path.startsWith('/en/') ? 1 : 2}`; const e = 'https://x.vn/video/';",
      "const f = `${home}/gioi-thieu/`; const g = './tin-tuc/' + 'video/mp4';",
      "throw new Error('không có trang này, ví dụ /tin-tuc/ten-bai/');",
    ].join('\n');
    expect(literalUrls('sample.ts', script).map((hit) => hit.split(':')[1])).toEqual(['2', '3', '4', '5']);
    const component = [
      '---',
      "const a = '/hoi-dap/'; // '/video/'",
      '---',
      '<a href="/album-anh/">x</a> <!-- /video/ -->',
      "<a href={sectionUrl('videos')}>",
    ].join('\n');
    expect(literalUrls('Sample.astro', component)).toEqual([
      "Sample.astro:2: const a = '/hoi-dap/'; // '/video/'",
      'Sample.astro:4: <a href="/album-anh/">x</a> <!-- /video/ -->',
    ]);
  });

  it('finds no section address written outside src/lib/routing/urls.ts', () => {
    const files = globSync('src/**/*.{ts,mts,js,mjs,astro}', { cwd: ROOT, ignore: EXEMPT });
    expect(files.length).toBeGreaterThan(100);
    const hits = files.sort().flatMap((file) => literalUrls(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(hits, 'Đường dẫn của trang được viết thẳng: dùng hàm của bảng địa chỉ (src/lib/routing/urls.ts)').toEqual([]);
  });

  it('watches every first segment of the table', () => {
    expect(SEGMENTS).toEqual(
      expect.arrayContaining(['tin-tuc', 'van-ban', 'album-anh', 'video', 'en', 'so-do-trang', 'rss.xml', 'lich-cong-tac.ics', 'anh-chia-se']),
    );
  });
});
