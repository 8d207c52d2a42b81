import { posix } from 'node:path';
import { splitFrontMatter } from '../content/front-matter';
import { localImageExists, resolveLink } from '../markdown/internal-links';
import { markdownLinks, type MarkdownLink } from '../markdown/markdown-links';
import { TextMemo } from '../build/text-memo';
import type { ContentProblem } from './problem';
import type { SiteIndex } from '../routing/urls';

/** `./Anh.JPG` written for `anh.jpg`: the name of the file that is there, differing only in case. */
function sameNameOtherCase(src: string, fromFile: string, index: SiteIndex): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(src)) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), src.split(/[?#]/)[0]!)).toLowerCase();
  const match = [...index.files].find((file) => file.toLowerCase() === target);
  return match === undefined ? undefined : posix.basename(match);
}

/** The links and images of a Markdown file's body (none without front matter), parsed once per text (src/lib/build/text-memo.ts). */
const bodyLinks = new TextMemo<MarkdownLink[]>('body-links', (source) => {
  const frontMatter = splitFrontMatter(source, 'markdown');
  return frontMatter ? markdownLinks(source, frontMatter.bodyStart) : [];
});

/**
 * Checks the links and images in the body of one Markdown entry (its text,
 * at `relativePath` inside the content tree): every internal link must reach a
 * page or file the site publishes, every image must be there and described.
 */
export function checkBodyLinks(source: string, relativePath: string, shown: string, index: SiteIndex): ContentProblem[] {
  return bodyLinks.of(source).flatMap((link): ContentProblem[] => {
    const where = { file: shown, line: link.line, found: `"${link.url}"` };
    if (link.kind === 'image') {
      const problems: ContentProblem[] = [];
      if (!localImageExists(link.url, relativePath, index)) {
        const sameButCase = sameNameOtherCase(link.url, relativePath, index);
        const expected = sameButCase
          ? `viết đúng tên tệp "${sameButCase}" (trong thư mục có tệp này; tên tệp phân biệt chữ hoa, chữ thường)`
          : 'một tệp ảnh có thật, đặt cạnh tệp Markdown';
        problems.push({ ...where, field: '(ảnh trong bài)', expected });
      }
      if (!link.alt?.trim()) {
        problems.push({ ...where, field: '(ảnh trong bài)', expected: 'mô tả ảnh trong ngoặc vuông: ![Mô tả ảnh](./ten-anh.jpg)' });
      }
      return problems;
    }
    const resolution = resolveLink(link.url, relativePath, index);
    return resolution.kind === 'broken' ? [{ ...where, field: '(liên kết)', expected: resolution.expected }] : [];
  });
}
