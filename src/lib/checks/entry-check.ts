import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { FileKind, SchemaContext } from '../../schemas/fields';
import { localFileName } from '../../schemas/fields';
import { CONTENT_DIR, type CollectionSpec } from '../content/collections';
import { splitFrontMatter } from '../content/front-matter';
import { frontMatterDataOf } from '../content/front-matter-data';
import { containedFile, containedFileMessage } from '../security/content-files';
import { quoteValue, type ContentProblem } from './problem';
import { fieldNamesAt } from '../shared/schema-walk';
import { fieldIssues, fieldName, vietnameseErrorMap, withoutMissingMeant } from './zod-messages';

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

/**
 * A schema context whose image and file fields also check the file is there.
 * `shownDir` is the folder as staff see it, for the message.
 */
function checkingContext(contentDir: string, entryDir: string, shownDir: string): SchemaContext {
  // Inside content/, no symlink, and there (src/lib/security/content-files.ts).
  const exists = (name: string, context: z.RefinementCtx) => {
    const result = containedFile(contentDir, entryDir, name);
    if (result === 'ok') return;
    // `anh.JPG` written for `anh.jpg`: name the file that is there.
    const sameButCase =
      result === 'missing' && existsSync(entryDir)
        ? readdirSync(entryDir).find((other) => other !== name && other.toLowerCase() === name.toLowerCase())
        : undefined;
    const message = sameButCase
      ? `viết đúng tên tệp "${sameButCase}" (trong thư mục có tệp này; tên tệp phân biệt chữ hoa, chữ thường): không tìm thấy ${join(shownDir, name)}`
      : containedFileMessage(result, join(shownDir, name));
    context.addIssue({ code: 'custom', message });
  };
  const image = () =>
    z
      .string({ error: 'tên một tệp ảnh' })
      .refine((name) => IMAGE_EXTENSIONS.includes(extname(name).toLowerCase()), 'tên một tệp ảnh JPEG, PNG, WebP hoặc AVIF nằm cạnh tệp Markdown')
      .superRefine(exists);
  return {
    // Astro's image() yields image metadata; here the file name is checked instead.
    image: image as unknown as SchemaContext['image'],
    file: (kind: FileKind) => localFileName(kind).superRefine(exists),
  };
}

/**
 * A collection's schema for the entries of one folder, made once per folder: building a zod schema
 * (and compiling its fast path) for every file was a tenth of the check of 10,000 entries.
 */
const schemas = new WeakMap<CollectionSpec, Map<string, z.ZodType>>();
function schemaFor(spec: CollectionSpec, contentDir: string, entryDir: string, shownDir: string): z.ZodType {
  const bySpec = schemas.get(spec) ?? new Map<string, z.ZodType>();
  schemas.set(spec, bySpec);
  const key = JSON.stringify([contentDir, entryDir, shownDir]);
  let schema = bySpec.get(key);
  if (!schema) bySpec.set(key, (schema = spec.schema(checkingContext(contentDir, entryDir, shownDir))));
  return schema;
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

export function lineOfPath(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** One entry file read and validated: what its schema gave back, or the problems that stopped it. */
export interface EntryReading<Output = unknown> {
  problems: ContentProblem[];
  /** The schema's output, when the file passed. */
  value?: Output;
  /** The YAML as written (before the schema's transforms), its document and line counter, when it parsed. */
  data?: unknown;
  doc?: Document;
  counter?: LineCounter;
}

/** Checks one entry file's front matter against its collection's schema; the files it names must lie inside `contentDir`. */
export function checkEntry(spec: CollectionSpec, absolutePath: string, displayPath: string, contentDir = CONTENT_DIR): ContentProblem[] {
  return readEntry(spec, absolutePath, displayPath, contentDir).problems;
}

/** Reads one entry file and validates its front matter (or, for YAML settings, the whole file) against its collection's schema. */
export function readEntry(spec: CollectionSpec, absolutePath: string, displayPath: string, contentDir = CONTENT_DIR): EntryReading {
  const source = readFileSync(absolutePath, 'utf8');
  const frontMatter = splitFrontMatter(source, spec.kind);
  if (!frontMatter) {
    return {
      problems: [
        {
          file: displayPath,
          line: 1,
          expected: 'tệp bắt đầu bằng phần khai báo (front matter): một dòng "---", các trường, rồi một dòng "---"',
        },
      ],
    };
  }
  // A Markdown entry that passes needs no syntax tree: its data as parsed by an earlier build is enough.
  const known = spec.kind === 'markdown' ? frontMatterDataOf(source) : undefined;
  if (known) {
    const data = known.data ?? {};
    const result = schemaFor(spec, contentDir, dirname(absolutePath), dirname(displayPath)).safeParse(data, { error: vietnameseErrorMap });
    if (result.success) return { problems: [], value: result.data, data };
  }
  const counter = new LineCounter();
  // YAML 1.2 core schema: dates stay text, so an impossible day is seen as written.
  const doc = parseDocument(frontMatter.yaml, { lineCounter: counter, uniqueKeys: true });
  const offset = frontMatter.firstLine - 1;
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    // Later YAML errors are usually echoes of the first; one message per file.
    return {
      problems: [
        {
          file: displayPath,
          line: (syntaxError.linePos?.[0].line ?? 1) + offset,
          found: YAML_ERROR_HINTS[syntaxError.code] ?? `lỗi cú pháp YAML (${syntaxError.code})`,
          expected: 'phần khai báo viết đúng cú pháp YAML: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách, chuỗi có dấu ":" đặt trong ngoặc kép',
        },
      ],
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const schema = schemaFor(spec, contentDir, dirname(absolutePath), dirname(displayPath));
  const result = schema.safeParse(data, { error: vietnameseErrorMap });
  if (result.success) return { problems: [], value: result.data, data, doc, counter };
  const issues = fieldIssues(result.error.issues, (path) => fieldNamesAt(schema, path));
  const problems = withoutMissingMeant(issues, (path) => valueAt(data, path) === undefined).map((issue) => {
    const line = lineOfPath(doc, counter, issue.path);
    return {
      file: displayPath,
      line: line === undefined ? undefined : line + offset,
      field: fieldName(issue.path),
      found: quoteValue(valueAt(data, issue.path)),
      expected: issue.expected,
    };
  });
  return { problems, data, doc, counter };
}
