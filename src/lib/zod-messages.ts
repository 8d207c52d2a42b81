import { z } from 'astro/zod';
import { EXPECTED_DATE } from '../schemas/fields';
import { closestName } from './suggest';

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
 * set in a schema (`refine`, `invalid_type_error`) take precedence over it.
 */
export const vietnameseErrorMap: z.ZodErrorMap = (issue, context) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return { message: TYPE_NAMES[issue.expected] ?? `kiểu ${issue.expected}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `một trong các giá trị: ${issue.options.map((o) => `"${String(o)}"`).join(', ')}` };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'array') return { message: `danh sách có ít nhất ${issue.minimum} mục` };
      if (issue.type === 'string') {
        if (issue.exact) return { message: `một đoạn chữ đúng ${issue.minimum} ký tự` };
        return { message: Number(issue.minimum) <= 1 ? 'một đoạn chữ, không để trống' : `một đoạn chữ dài ít nhất ${issue.minimum} ký tự` };
      }
      return { message: `một số không nhỏ hơn ${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') {
        return { message: issue.exact ? `một đoạn chữ đúng ${issue.maximum} ký tự` : `một đoạn chữ không quá ${issue.maximum} ký tự` };
      }
      if (issue.type === 'array') return { message: `danh sách có không quá ${issue.maximum} mục` };
      return { message: `một số không lớn hơn ${issue.maximum}` };
    case z.ZodIssueCode.invalid_string:
      return { message: 'một đoạn chữ đúng định dạng' };
    case z.ZodIssueCode.invalid_union:
      return { message: 'một giá trị đúng một trong các dạng được phép' };
    default:
      return { message: context.defaultError };
  }
};

export interface FieldIssue {
  path: (string | number)[];
  expected: string;
}

/** `photos[2].alt` from `['photos', 2, 'alt']`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );
}

/**
 * Flattens a ZodError into one issue per field. Unknown fields become one issue
 * each, with the nearest known name suggested; for a union, the branch that
 * got furthest into the value speaks.
 */
export function fieldIssues(error: z.ZodError, knownFields: (path: (string | number)[]) => string[]): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      const known = knownFields(issue.path);
      return issue.keys.map((key) => {
        const suggestion = closestName(key, known);
        const hint = suggestion ? `có phải ý bạn là "${suggestion}"? ` : '';
        return {
          path: [...issue.path, key],
          expected: `${hint}trường này không có trong mẫu; các trường được dùng: ${known.join(', ')}`,
        };
      });
    }
    if (issue.code === z.ZodIssueCode.invalid_union) {
      const deepest = [...issue.unionErrors].sort((a, b) => depth(b) - depth(a))[0];
      if (deepest && depth(deepest) > issue.path.length) return fieldIssues(deepest, knownFields);
    }
    return [{ path: issue.path, expected: issue.message }];
  });
}

function depth(error: z.ZodError): number {
  return Math.max(0, ...error.issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}
