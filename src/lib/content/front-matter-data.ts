import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TextMemo } from '../build/text-memo';
import { splitFrontMatter } from './front-matter';

/** Whether a YAML value is JSON as well (not `.nan` or `.inf`): what the memo keeps must read back the same. */
function isJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (value && typeof value === 'object') return Object.values(value).every(isJson);
  return true;
}

/**
 * A Markdown file's front matter as data (`{ data: null }` when empty), or null
 * when it has none, its YAML does not parse or holds what JSON cannot.
 */
const frontMatterData = new TextMemo<{ data: unknown } | null>('front-matter', (source) => {
  const frontMatter = splitFrontMatter(source, 'markdown');
  if (!frontMatter) return null;
  try {
    // YAML 1.2 core schema, as the check reads it: dates stay text.
    const data = (parse(frontMatter.yaml) as unknown) ?? null;
    return isJson(data) ? { data } : null;
  } catch {
    return null;
  }
});

/**
 * The front matter of a Markdown text as the YAML parser gives it, parsed once
 * per text and kept between builds (src/lib/build/text-memo.ts); undefined when
 * there is none or it does not parse, which the schema check reports. Shared
 * between readers: never change it.
 */
export function frontMatterDataOf(source: string): { data: unknown } | undefined {
  return frontMatterData.of(source) ?? undefined;
}

/**
 * The front matter of a Markdown file read leniently, for the readers that need
 * a field or two before the schema check (a date, a document's files): null when
 * missing, empty or broken.
 */
export function readFrontMatterData(absolutePath: string): unknown {
  return frontMatterDataOf(readFileSync(absolutePath, 'utf8'))?.data ?? null;
}
