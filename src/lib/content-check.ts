import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { glob } from 'tinyglobby';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { FileKind, SchemaContext } from '../schemas/fields';
import { localFileName } from '../schemas/fields';
import { COLLECTIONS, entryId, type CollectionSpec } from './collections';
import { quoteValue, type ContentProblem } from './problem';
import { fieldNamesAt } from './schema-walk';
import { slugify } from './slug';
import { fieldIssues, fieldName, vietnameseErrorMap } from './zod-messages';

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];
/** A name that is safe in a URL on every disk: lower-case ASCII, digits, `-`, `_` and dots. */
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)*$/;

/**
 * A schema context whose image and file fields also check the file is there.
 * `shownDir` is the folder as staff see it, for the message.
 */
function checkingContext(entryDir: string, shownDir: string): SchemaContext {
  const exists = (name: string, context: z.RefinementCtx) => {
    if (!existsSync(join(entryDir, name))) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `một tệp có thật cạnh tệp Markdown: không tìm thấy ${join(shownDir, name)}`,
      });
    }
  };
  const image = () =>
    z
      .string({ invalid_type_error: 'tên một tệp ảnh' })
      .refine(
        (name) => IMAGE_EXTENSIONS.includes(extname(name).toLowerCase()),
        'tên một tệp ảnh JPEG, PNG, WebP hoặc AVIF nằm cạnh tệp Markdown',
      )
      .superRefine(exists);
  return {
    // Astro's image() yields image metadata; here the file name is checked instead.
    image: image as unknown as SchemaContext['image'],
    file: (kind: FileKind) => localFileName(kind).superRefine(exists),
  };
}

/** What the commonest YAML mistakes look like to the person who made them. */
const YAML_ERROR_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'lỗi cú pháp YAML: dòng thụt lề sai, hoặc giá trị tràn sang dòng sau',
  MULTILINE_IMPLICIT_KEY: 'lỗi cú pháp YAML: dòng thụt lề sai, hoặc giá trị tràn sang dòng sau',
  BAD_INDENT: 'lỗi cú pháp YAML: dòng thụt lề sai',
  MISSING_CHAR: 'lỗi cú pháp YAML: thiếu dấu đóng (ngoặc kép hoặc ngoặc vuông)',
  DUPLICATE_KEY: 'lỗi cú pháp YAML: một trường được khai báo hai lần',
  TAB_AS_INDENT: 'lỗi cú pháp YAML: thụt lề bằng phím Tab (phải dùng dấu cách)',
};

interface FrontMatter {
  /** The YAML text. */
  yaml: string;
  /** Line of the file where the YAML starts (1-based). */
  firstLine: number;
}

function splitFrontMatter(source: string, kind: CollectionSpec['kind']): FrontMatter | null {
  if (kind === 'yaml') return { yaml: source, firstLine: 1 };
  const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : null;
}

function lineOfPath(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** Checks one entry file's front matter against its collection's schema. */
export function checkEntry(spec: CollectionSpec, absolutePath: string, displayPath: string): ContentProblem[] {
  const source = readFileSync(absolutePath, 'utf8');
  const frontMatter = splitFrontMatter(source, spec.kind);
  if (!frontMatter) {
    return [
      {
        file: displayPath,
        line: 1,
        expected: 'tệp bắt đầu bằng phần khai báo (front matter): một dòng "---", các trường, rồi một dòng "---"',
      },
    ];
  }
  const counter = new LineCounter();
  // YAML 1.2 core schema: dates stay text, so an impossible day is seen as written.
  const doc = parseDocument(frontMatter.yaml, { lineCounter: counter, uniqueKeys: true });
  const offset = frontMatter.firstLine - 1;
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    // Later YAML errors are usually echoes of the first; one message per file.
    return [
      {
        file: displayPath,
        line: (syntaxError.linePos?.[0].line ?? 1) + offset,
        found: YAML_ERROR_HINTS[syntaxError.code] ?? `lỗi cú pháp YAML (${syntaxError.code})`,
        expected:
          'phần khai báo viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu ":" đặt trong ngoặc kép',
      },
    ];
  }
  const data: unknown = doc.toJS() ?? {};
  const schema = spec.schema(checkingContext(dirname(absolutePath), dirname(displayPath)));
  const result = schema.safeParse(data, { errorMap: vietnameseErrorMap });
  if (result.success) return [];
  return fieldIssues(result.error, (path) => fieldNamesAt(schema, path)).map((issue) => {
    const line = lineOfPath(doc, counter, issue.path);
    return {
      file: displayPath,
      line: line === undefined ? undefined : line + offset,
      field: fieldName(issue.path),
      found: quoteValue(valueAt(data, issue.path)),
      expected: issue.expected,
    };
  });
}

function fileNameProblems(relativePath: string, displayPath: string): ContentProblem[] {
  return relativePath.split('/').flatMap((segment) => {
    if (SAFE_NAME.test(segment)) return [];
    const extension = extname(segment);
    const stem = extension ? segment.slice(0, -extension.length) : segment;
    const suggestion = `${slugify(stem)}${extension.toLowerCase()}`;
    return [
      {
        file: displayPath,
        field: '(tên tệp)',
        found: `"${segment}"`,
        expected: `tên chỉ gồm chữ thường không dấu, số và dấu gạch ngang; hãy đổi thành "${suggestion}"`,
      },
    ];
  });
}

/**
 * Checks the whole content tree: file names, front matter, schemas, files that
 * entries point at, duplicate and reserved slugs, and Markdown files that no
 * collection would read. Returns every problem found, not just the first.
 */
export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const display = (absolute: string) => relative(projectRoot, absolute) || absolute;
  const read = new Set<string>();

  for (const spec of Object.values(COLLECTIONS) as CollectionSpec[]) {
    const base = join(contentDir, spec.folder);
    if (!existsSync(base) || !statSync(base).isDirectory()) continue;
    const files = await glob(spec.pattern, { cwd: base, onlyFiles: true });
    const owners = new Map<string, string[]>();
    for (const relativePath of files.sort()) {
      const absolute = join(base, relativePath);
      read.add(absolute);
      const shown = display(absolute);
      problems.push(...checkEntry(spec, absolute, shown));
      const id = entryId(relativePath);
      owners.set(id, [...(owners.get(id) ?? []), shown]);
      if (spec.reserved?.includes(id)) {
        problems.push({
          file: shown,
          field: '(tên tệp)',
          found: `"${id}"`,
          expected: `một tên khác: "${id}" đã là địa chỉ của một trang cố định trong /${spec.folder}/`,
        });
      }
    }
    for (const [id, paths] of owners) {
      if (spec.kind !== 'markdown' || paths.length < 2) continue;
      for (const path of paths) {
        problems.push({
          file: path,
          field: '(tên tệp)',
          found: `slug "${id}" trùng với ${paths.filter((p) => p !== path).join(', ')}`,
          expected: 'mỗi bài một tên tệp riêng (slug là tên tệp, không tính thư mục năm)',
        });
      }
    }
  }

  const everyFile = (await glob('**/*', { cwd: contentDir, onlyFiles: true })).sort();
  for (const relativePath of everyFile) {
    if (relativePath === 'README.md') continue;
    problems.push(...fileNameProblems(relativePath, display(join(contentDir, relativePath))));
  }
  for (const relativePath of everyFile.filter((path) => /\.(mdx?|ya?ml)$/i.test(path))) {
    const absolute = join(contentDir, relativePath);
    if (read.has(absolute) || relativePath === 'README.md') continue;
    problems.push({
      file: display(absolute),
      field: '(vị trí tệp)',
      found: 'tệp không thuộc mục nội dung nào nên sẽ không được xuất bản',
      expected:
        'đặt tệp vào đúng thư mục: gioi-thieu/, lanh-dao/, tin-tuc/, van-ban/, video/, album-anh/<tên-album>/index.md, hoặc cai-dat/ (site.yaml, lien-ket.yaml, thong-ke.yaml)',
    });
  }
  return problems;
}
