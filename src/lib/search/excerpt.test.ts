import { describe, expect, it } from 'vitest';
import { phraseExcerpt, unescapeHtml, wordsOf } from './excerpt';

const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');

describe('phraseExcerpt', () => {
  it('centres a window of whole words on the phrase, marks it as one, and shows where it was cut', () => {
    const text = `${words(0, 40)} hợp tác, ${words(42, 80)}`;
    const excerpt = phraseExcerpt(text, [40, 41], 40, { phraseLength: 2, length: 10 });
    expect(excerpt).toBe('… w36 w37 w38 w39 <mark>hợp tác</mark>, w42 w43 w44 w45 …');
  });

  it('keeps punctuation and escapes the text, marking no syllable that was not matched', () => {
    const text = 'Tác giả: <b>Lan</b> & “Hợp tác” quốc tế.';
    expect(phraseExcerpt(text, [4, 5], 4, { phraseLength: 2 })).toBe('Tác giả: &lt;b&gt;Lan&lt;/b&gt; &amp; “<mark>Hợp tác</mark>” quốc tế.');
  });

  it('marks each occurrence of a phrase apart, even side by side', () => {
    expect(phraseExcerpt('Đường dây nóng Đường dây nóng: 0212', [0, 1, 2, 3, 4, 5], 0, { phraseLength: 3, starts: [0, 3] })).toBe(
      '<mark>Đường dây nóng</mark> <mark>Đường dây nóng</mark>: 0212',
    );
  });

  it('starts at the beginning when the phrase is near it', () => {
    expect(phraseExcerpt(`a b ${words(0, 50)}`, [0, 1], 0, { phraseLength: 2, length: 5 })).toBe('<mark>a b</mark> w0 w1 w2 …');
  });
});

describe('wordsOf / unescapeHtml', () => {
  it('numbers words as Pagefind does and reads its escaped text', () => {
    expect(wordsOf('a  b\nc')).toEqual(['a', 'b', 'c']);
    expect(unescapeHtml('&lt;b&gt; &amp; &#39;x&#39; &#x2F;')).toBe("<b> & 'x' /");
  });
});
