import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../content/front-matter';
import { localImageExists, resolveLink } from '../markdown/internal-links';
import { markdownLinks } from '../markdown/markdown-links';
import type { ContentProblem } from './problem';
import type { SiteIndex } from '../routing/urls';

/**
 * Checks the links and images in the body of one Markdown entry
 * (`relativePath` inside the content tree): every internal link must reach a
 * page or file the site publishes, every image must be there and described.
 */
export function checkBodyLinks(contentDir: string, relativePath: string, shown: string, index: SiteIndex): ContentProblem[] {
  const source = readFileSync(join(contentDir, relativePath), 'utf8');
  const frontMatter = splitFrontMatter(source, 'markdown');
  if (!frontMatter) return [];
  return markdownLinks(source, frontMatter.bodyStart).flatMap((link): ContentProblem[] => {
    const where = { file: shown, line: link.line, found: `"${link.url}"` };
    if (link.kind === 'image') {
      const problems: ContentProblem[] = [];
      if (!localImageExists(link.url, relativePath, index)) {
        problems.push({ ...where, field: '(ảnh trong bài)', expected: 'một tệp ảnh có thật, đặt cạnh tệp Markdown' });
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
