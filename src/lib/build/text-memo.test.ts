import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DerivedCache } from './derived-cache';
import { TextMemo } from './text-memo';

const freshCache = () => new DerivedCache(join(mkdtempSync(join(tmpdir(), 'text-memo-')), 'content-check'));

/** A memo that counts what it works out; `name` is the file it is kept in. */
function countingMemo(name: string, computed: string[]) {
  return new TextMemo(name, (text, variant) => {
    computed.push(`${variant}:${text}`);
    return { words: text.split(' ').length, variant, line: undefined };
  });
}

/** The same memo in the next build (another process), read from the cache an earlier one saved. */
async function nextBuild(name: string, computed: string[], cache: DerivedCache) {
  const memo = countingMemo(name, computed);
  await memo.load(new DerivedCache(cache.dir));
  return memo;
}

describe('TextMemo', () => {
  it('works a text out once per build, and a second read way (MDX) apart', () => {
    const computed: string[] = [];
    const memo = countingMemo('once', computed);
    expect(memo.of('đoàn công tác')).toEqual({ words: 3, variant: '' });
    memo.of('đoàn công tác');
    expect(memo.of('đoàn công tác', 'mdx')).toEqual({ words: 3, variant: 'mdx' });
    expect(computed).toEqual([':đoàn công tác', 'mdx:đoàn công tác']);
  });

  it('gives the next build (another process) what this one worked out, and works out only the new texts', async () => {
    const computed: string[] = [];
    const cache = freshCache();
    const first = countingMemo('next-build', computed);
    first.of('đoàn công tác');
    await first.save(cache);
    const second = await nextBuild('next-build', computed, cache);
    expect(second.of('đoàn công tác')).toEqual({ words: 3, variant: '' });
    expect(second.of('hội nghị xúc tiến')).toEqual({ words: 4, variant: '' });
    expect(computed).toEqual([':đoàn công tác', ':hội nghị xúc tiến']);
  });

  it('keeps for the next build only the texts this build read', async () => {
    const computed: string[] = [];
    const cache = freshCache();
    const first = countingMemo('only-used', computed);
    first.of('bài đã xóa');
    first.of('bài còn lại');
    await first.save(cache);
    const second = await nextBuild('only-used', computed, cache);
    second.of('bài còn lại');
    await second.save(cache);
    const third = await nextBuild('only-used', computed, cache);
    third.of('bài còn lại');
    third.of('bài đã xóa');
    expect(computed).toEqual([':bài đã xóa', ':bài còn lại', ':bài đã xóa']);
  });

  it('gives what JSON gives back, so a first build reads the same as the next (no undefined fields)', () => {
    const value = countingMemo('json', []).of('một hai');
    expect(Object.keys(value)).toEqual(['words', 'variant']);
  });
});
