import { describe, expect, it } from 'vitest';
import { relatedArticles } from './related';

const entry = (id: string, date: string, category = 'A') => ({ id, data: { date: new Date(date), category } });

describe('relatedArticles', () => {
  const ids = (articles: { id: string }[] | undefined) => articles?.map((e) => e.id);

  it('lists the same category first, then the nearest others, never the article itself', () => {
    const sorted = [entry('n1', '2025-05-01', 'B'), entry('n2', '2025-04-01', 'A'), entry('n3', '2025-03-01', 'B'), entry('n4', '2025-02-01', 'A')];
    expect(ids(relatedArticles(sorted, 3).get('n4'))).toEqual(['n2', 'n1', 'n3']);
  });

  // Twelve articles of category A, one a month, newest first, with B's between them.
  const category = Array.from({ length: 12 }, (_, n) => entry(`a${n}`, `2025-${String(12 - n).padStart(2, '0')}-15`, 'A'));
  const mixed = category.flatMap((article, n) => [article, entry(`b${n}`, `2025-${String(12 - n).padStart(2, '0')}-01`, 'B')]);

  it('are the articles of its category nearest in date, two newer and two older, newest first', () => {
    const related = relatedArticles(mixed, 4);
    expect(ids(related.get('a5'))).toEqual(['a3', 'a4', 'a6', 'a7']);
    // At either end, the four nearest on the one side there is.
    expect(ids(related.get('a0'))).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(ids(related.get('a11'))).toEqual(['a7', 'a8', 'a9', 'a10']);
  });

  it('change on two other pages when a new article is added, not on every page of its category', () => {
    const before = relatedArticles(mixed, 4);
    const after = relatedArticles([entry('moi', '2026-01-10', 'A'), ...mixed], 4);
    const changed = [...before.keys()].filter((id) => ids(before.get(id))!.join() !== ids(after.get(id))!.join());
    expect(changed).toEqual(['a0', 'a1']);
    expect(ids(after.get('a0'))).toEqual(['moi', 'a1', 'a2', 'a3']);
  });
});
