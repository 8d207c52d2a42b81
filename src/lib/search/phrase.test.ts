import { describe, expect, it } from 'vitest';
import { foldWord, hasTypedMarks, holdsQuoted, matchPhrase, parseQuery, phraseTier, wholeWordPositions } from './phrase';

describe('parseQuery', () => {
  it('splits at white space and notes quoted runs, in straight or curly quotes', () => {
    expect(parseQuery('  "hợp tác"  sơn la ')).toEqual({ terms: ['hợp', 'tác', 'sơn', 'la'], quoted: [{ from: 0, to: 2 }] });
    expect(parseQuery('tỉnh “Hủa Phăn”')).toEqual({ terms: ['tỉnh', 'Hủa', 'Phăn'], quoted: [{ from: 1, to: 3 }] });
    expect(parseQuery('"biên" giới').quoted).toEqual([]);
  });
});

describe('matchPhrase', () => {
  it('finds the terms side by side, in order, and marks only those words', () => {
    // "hợp" at 3 and 10, "tác" at 11 and 20: the phrase starts at 10.
    const match = matchPhrase([
      [3, 10],
      [11, 20],
    ]);
    expect(match).toEqual({ starts: [10], adjacentPairs: 1, highlight: [10, 11] });
    expect(phraseTier(match, 2)).toBe(2);
  });

  it('ranks words that stand apart lowest, and some neighbours in between', () => {
    expect(phraseTier(matchPhrase([[3], [9]]), 2)).toBe(0);
    expect(matchPhrase([[3], [9]]).highlight).toEqual([3, 9]);
    expect(phraseTier(matchPhrase([[1], [2], [7]]), 3)).toBe(1);
    expect(phraseTier(matchPhrase([[5]]), 1)).toBe(2);
  });

  it('requires quoted runs as phrases', () => {
    const parsed = parseQuery('"hop tac" son la');
    expect(holdsQuoted(parsed, [[1], [2], [8], [9]])).toBe(true);
    expect(holdsQuoted(parsed, [[1], [5], [8], [9]])).toBe(false);
  });
});

describe('wholeWordPositions / hasTypedMarks', () => {
  it('keeps whole words only, marks folded', () => {
    const words = 'Nhà văn hóa huyện Vân Hồ, hộ dân'.split(' ');
    expect(foldWord('Hồ,')).toBe('ho');
    expect(foldWord('Ḑường')).toBe('duong');
    expect(
      wholeWordPositions(
        words,
        ['van', 'ho'],
        [
          [1, 4],
          [2, 5, 6],
        ],
      ),
    ).toEqual([
      [1, 4],
      [5, 6],
    ]);
    expect(wholeWordPositions(words, ['van', 'hoa'], [[1, 4], [2]])).toEqual([[1, 4], [2]]);
  });

  it('tells whether the words typed with marks are written so', () => {
    const words = 'Dự án dinh dưỡng trẻ em'.split(' ');
    expect(hasTypedMarks(words, ['ḑường'])).toBe(false);
    expect(hasTypedMarks(words, ['dưỡng', 'trẻ'])).toBe(true);
    expect(hasTypedMarks(words, ['duong'])).toBe(false);
  });
});
