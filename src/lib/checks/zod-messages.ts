import { z } from 'astro/zod';
import { EXPECTED_DATE } from '../../schemas/fields';
import { closestName } from '../shared/suggest';

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
  date: EXPECTED_DATE,
};

/**
 * Zod's default messages, in Vietnamese, saying what is expected. Messages
 * set in a schema (`refine`, `error`) take precedence over it; an issue it
 * does not know gets Zod's own message (undefined defers to it).
 */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? `kiểu ${issue.expected}`;
    case 'invalid_value':
      return `một trong các giá trị: ${issue.values.map((o) => `"${String(o)}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `danh sách có ít nhất ${issue.minimum} mục`;
      if (issue.origin === 'string') {
        if (issue.exact) return `một đoạn chữ đúng ${issue.minimum} ký tự`;
        return Number(issue.minimum) <= 1 ? 'một đoạn chữ, không để trống' : `một đoạn chữ dài ít nhất ${issue.minimum} ký tự`;
      }
      return `một số không nhỏ hơn ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return issue.exact ? `một đoạn chữ đúng ${issue.maximum} ký tự` : `một đoạn chữ không quá ${issue.maximum} ký tự`;
      }
      if (issue.origin === 'array') return `danh sách có không quá ${issue.maximum} mục`;
      return `một số không lớn hơn ${issue.maximum}`;
    case 'invalid_format':
      return 'một đoạn chữ đúng định dạng';
    case 'invalid_union':
      return 'một giá trị đúng một trong các dạng được phép';
    default:
      return undefined;
  }
};

export interface FieldIssue {
  path: (string | number)[];
  expected: string;
  /** For a field the schema does not know: the known field it was probably meant to be. */
  meant?: string;
}

/**
 * `photos (mục thứ 3).alt` from `['photos', 2, 'alt']`: positions counted
 * from 1, as staff count the photos in a list.
 */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name} (mục thứ ${key + 1})` : name ? `${name}.${key}` : key), '');
}

/**
 * Flattens a ZodError's issues into one issue per field. Unknown fields become
 * one issue each, with the nearest known name suggested; for a union, the
 * branch that got furthest into the value speaks.
 */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], knownFields: (path: (string | number)[]) => string[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(path);
      return issue.keys.map((key) => {
        const suggestion = closestName(key, known);
        const expected = suggestion
          ? `đổi tên trường "${key}" thành "${suggestion}" (có lẽ gõ nhầm: mẫu không có trường "${key}"; các trường của mẫu: ${known.join(', ')})`
          : `xóa trường "${key}", hoặc đổi tên thành một trường của mẫu: ${known.join(', ')}`;
        return { path: [...path, key], expected, ...(suggestion ? { meant: suggestion } : {}) };
      });
    }
    if (issue.code === 'invalid_union') {
      // Zod 4 gives each branch's issues with paths relative to the union itself.
      const branches = issue.errors.map((branch) => branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
      const deepest = [...branches].sort((a, b) => depth(b) - depth(a))[0];
      if (deepest && depth(deepest) > path.length) return fieldIssues(deepest, knownFields);
    }
    return [{ path, expected: issue.message }];
  });
}

/**
 * A misspelt field (`tittle`) also leaves the field it meant (`title`) missing:
 * one message, on the misspelt line, says both; the "missing" one is dropped.
 */
export function withoutMissingMeant(issues: readonly FieldIssue[], isMissing: (path: (string | number)[]) => boolean): FieldIssue[] {
  const meant = new Set(issues.filter((issue) => issue.meant).map((issue) => JSON.stringify([...issue.path.slice(0, -1), issue.meant])));
  return issues.filter((issue) => issue.meant || !meant.has(JSON.stringify(issue.path)) || !isMissing(issue.path));
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}
