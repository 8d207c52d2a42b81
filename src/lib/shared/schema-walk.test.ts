import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldNamesAt } from './schema-walk';
import { fileResponse } from '../media/serve-file';
import { fieldName, fieldIssues, vietnameseErrorMap } from '../checks/zod-messages';
import { formatReport } from '../checks/problem';

const schema = z
  .object({
    title: z.string(),
    photos: z.array(z.object({ file: z.string(), alt: z.string() }).strict()),
    source: z.union([z.object({ file: z.string() }).strict(), z.object({ youtube: z.string().length(11) }).strict()]),
  })
  .strict()
  .refine(() => true);

describe('fieldNamesAt', () => {
  it('finds the allowed fields through refinements, arrays and unions', () => {
    expect(fieldNamesAt(schema, [])).toEqual(['title', 'photos', 'source']);
    expect(fieldNamesAt(schema, ['photos', 3])).toEqual(['file', 'alt']);
    expect(fieldNamesAt(schema, ['source'])).toEqual(['file', 'youtube']);
  });
});

describe('fieldIssues', () => {
  it('reports the union branch that got furthest, in Vietnamese', () => {
    const result = schema.safeParse({ title: 'A', photos: [{ file: 'a.jpg', alt: 1 }], source: { youtube: 'short' } }, { error: vietnameseErrorMap });
    const issues = fieldIssues(result.error!.issues, (path) => fieldNamesAt(schema, path));
    expect(issues.map((i) => [fieldName(i.path), i.expected])).toEqual([
      ['photos (mục thứ 1).alt', 'một đoạn chữ'],
      ['source.youtube', 'một đoạn chữ đúng 11 ký tự'],
    ]);
  });
});

describe('vietnameseErrorMap', () => {
  it('says what is expected for lengths, counts and numbers', () => {
    const messages = (value: unknown, type: z.ZodType) => type.safeParse(value, { error: vietnameseErrorMap }).error!.issues.map((i) => i.message);
    expect(messages('', z.string().min(1))).toEqual(['một đoạn chữ, không để trống']);
    expect(messages('ab', z.string().min(3))).toEqual(['một đoạn chữ dài ít nhất 3 ký tự']);
    expect(messages('abcd', z.string().max(3))).toEqual(['một đoạn chữ không quá 3 ký tự']);
    expect(messages([], z.array(z.string()).min(1))).toEqual(['danh sách có ít nhất 1 mục']);
    expect(messages(0, z.number().int().min(1))).toEqual(['một số không nhỏ hơn 1']);
    expect(messages('x', z.number())).toEqual(['một số']);
    expect(messages('x', z.enum(['a', 'b']))).toEqual(['một trong các giá trị: "a", "b"']);
  });
});

describe('formatReport', () => {
  it('counts the problems and lists each on its own line', () => {
    expect(
      formatReport([
        { file: 'a.md', expected: 'x' },
        { file: 'b.md', field: 'date', expected: 'y' },
      ]),
    ).toBe('Nội dung có 2 lỗi, cần sửa trước khi xuất bản:\n  ✗ a.md; cần x.\n  ✗ b.md — trường "date"; cần y.');
  });
});

describe('fileResponse', () => {
  it('serves a file beside an entry with its content type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(dir, 'qd.pdf'), '%PDF-1.4');
    const response = await fileResponse(join(dir, 'qd.pdf'));
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(await response.text()).toBe('%PDF-1.4');
  });
});
