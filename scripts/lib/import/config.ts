import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { NEWS_CATEGORIES } from '../../../src/schemas/news';

export const PAGE_KINDS = ['news', 'document', 'album', 'about', 'skip'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** CSS selectors for one kind of page of one portal; any left out falls back to the zero-configuration guess. */
const pageRule = z
  .object({
    /** What these pages become: news, document, album, about, or skip (not imported). */
    kind: z.enum(PAGE_KINDS),
    /** A regular expression tested on the old address (path and query): `/tin-tuc/.+-\\d+\\.html$`. */
    match: z.string().min(1),
    /** Why a `skip` rule skips, shown in the report. */
    reason: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional(),
    author: z.string().optional(),
    summary: z.string().optional(),
    body: z.string().optional(),
    category: z.string().optional(),
    /** Elements removed from the body before it is converted (share buttons, counters, related links). */
    remove: z.array(z.string()).default([]),
  })
  .strict();

/** `import.yaml`: how to read one portal exactly. Every field may be left out. */
export const importConfigSchema = z
  .object({
    /** Hosts of the old site besides those found in the copy (`www.` and bare). */
    hosts: z.array(z.string()).default([]),
    /** Rules tried in order; the first whose `match` fits the address applies. */
    pages: z.array(pageRule).default([]),
    /** Old category names → a news category of the new site. */
    categories: z.record(z.string(), z.enum(NEWS_CATEGORIES)).default({}),
    defaults: z
      .object({
        /** Author when a page names none (the review list says which). */
        author: z.string().default('Sở Ngoại vụ tỉnh Sơn La'),
        category: z.enum(NEWS_CATEGORIES).default('Hoạt động của Sở'),
        /** Lĩnh vực of documents whose page names none. */
        field: z.string().default('Chưa phân loại'),
        /** Cơ quan ban hành of documents whose page names none. */
        issuer: z.string().default('Sở Ngoại vụ tỉnh Sơn La'),
      })
      .strict()
      // Zod 4: `prefault` parses {} through the fields' own defaults; `default` would take {} as the output.
      .prefault({}),
  })
  .strict();

export type ImportConfig = z.output<typeof importConfigSchema>;
export type PageRule = ImportConfig['pages'][number];

/** Reads `import.yaml`; a mistake is a Vietnamese message naming the file and the field. */
export function readImportConfig(path: string | undefined): ImportConfig {
  if (!path) return importConfigSchema.parse({});
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${path}: không đọc được tệp cấu hình YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  const result = importConfigSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  trường "${issue.path.join('.')}": ${issue.message}`);
    throw new Error(`${path}: cấu hình nhập chưa đúng:\n${lines.join('\n')}`);
  }
  for (const [index, rule] of result.data.pages.entries()) {
    try {
      new RegExp(rule.match);
    } catch {
      throw new Error(`${path}: trường "pages.${index}.match": "${rule.match}" không phải biểu thức chính quy hợp lệ.`);
    }
  }
  return result.data;
}

export function ruleFor(config: ImportConfig, address: string): PageRule | undefined {
  return config.pages.find((rule) => new RegExp(rule.match, 'i').test(address));
}
