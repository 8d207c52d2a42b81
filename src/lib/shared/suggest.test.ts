import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest';
import { formatProblem, quoteValue } from '../checks/problem';

describe('closestName', () => {
  it('finds the field a misspelling meant', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(closestName('tittle', ['title', 'date', 'summary'])).toBe('title');
    expect(closestName('Summary', ['title', 'summary'])).toBe('summary');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('photographer', ['title', 'date'])).toBeUndefined();
  });
});

describe('formatProblem', () => {
  it('names file, line, field, what was found and what is expected', () => {
    expect(formatProblem({ file: 'content/tin-tuc/a.md', line: 4, field: 'date', found: quoteValue('2025-02-31'), expected: 'một ngày có thật' })).toBe(
      'content/tin-tuc/a.md:4 — trường "date": nhận được "2025-02-31"; cần một ngày có thật.',
    );
    expect(quoteValue(undefined)).toBe('(không có)');
  });
});
