import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readTextChunks } from './input-limits';

const fileWith = (bytes: string | Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'input-limits-')), 'bai.md');
  writeFileSync(path, bytes);
  return path;
};

describe('readTextChunks', () => {
  it('gives the whole text of a file, small or large, with Vietnamese letters split across chunks', () => {
    const text = 'Sơn La\nĐoàn công tác\n'.repeat(50);
    for (const chunk of [1, 3, 1024 * 1024]) expect([...readTextChunks(fileWith(text), chunk)].join('')).toBe(text);
    expect([...readTextChunks(fileWith(''))]).toEqual([]);
  });

  it('names the line of a NUL byte, and refuses bytes that are not UTF-8', () => {
    const lineOf = (bytes: Buffer) => {
      try {
        Array.from(readTextChunks(fileWith(bytes), 4));
      } catch (error) {
        return (error as InputError).line;
      }
    };
    expect(lineOf(Buffer.concat([Buffer.from('a\nb\nc\n'), Buffer.from([0])]))).toBe(4);
    expect(lineOf(Buffer.from('a\nb\n'))).toBeUndefined();
    expect(() => [...readTextChunks(fileWith(Buffer.concat([Buffer.from('một\nhai\n'), Buffer.from([0xff, 0xfe])])))]).toThrow(InputError);
  });
});
