import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { lineOfPath } from '../checks/entry-check';
import { splitFrontMatter } from '../content/front-matter';
import type { ContentProblem } from '../checks/problem';
import { entryUrl, type SiteIndex } from '../routing/urls';
import { fieldName } from '../checks/zod-messages';

/**
 * A procedure's legal basis must name documents the site publishes: each
 * `legalBasis[n].document` is the file name of an entry of `van-ban/`
 * (which becomes a link to it). The schema has checked the shape.
 */
export function checkLegalBasis(absolutePath: string, shown: string, index: SiteIndex): ContentProblem[] {
  const frontMatter = splitFrontMatter(readFileSync(absolutePath, 'utf8'), 'markdown');
  if (!frontMatter) return [];
  const counter = new LineCounter();
  const doc = parseDocument(frontMatter.yaml, { lineCounter: counter });
  const basis = (doc.toJS() as { legalBasis?: unknown } | null)?.legalBasis;
  if (!Array.isArray(basis)) return [];
  return basis.flatMap((item: unknown, n): ContentProblem[] => {
    const slug = (item as { document?: unknown } | null)?.document;
    if (typeof slug !== 'string' || index.urls.has(entryUrl('documents', slug))) return [];
    const line = lineOfPath(doc, counter, ['legalBasis', n, 'document']);
    return [
      {
        file: shown,
        line: line === undefined ? undefined : line + frontMatter.firstLine - 1,
        field: fieldName(['legalBasis', n, 'document']),
        found: `"${slug}"`,
        expected: `tên tệp của một văn bản có trên trang (content/van-ban/${slug}.md không có); bỏ trường này nếu trang chưa đăng văn bản đó`,
      },
    ];
  });
}
