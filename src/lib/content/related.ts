interface Article {
  id: string;
  data: { category: string };
}

/**
 * Positions of up to `count` items of `list` nearest to position `at`, not `at` itself nor one `skip` refuses:
 * alternately newer (before) and older (after), the closer first, so as many of each as there are.
 */
function nearest<T>(list: readonly T[], at: number, count: number, skip: (item: T) => boolean = () => false): number[] {
  const picked: number[] = [];
  for (let newer = at - 1, older = at + 1; picked.length < count && (newer >= 0 || older < list.length); ) {
    while (newer >= 0 && skip(list[newer]!)) newer--;
    if (newer >= 0) picked.push(newer--);
    while (older < list.length && skip(list[older]!)) older++;
    if (picked.length < count && older < list.length) picked.push(older++);
  }
  return picked.sort((a, b) => a - b);
}

/**
 * Articles to read next ("Tin liên quan"), for every article of `sorted` (newest first), by id: those of the same
 * category nearest to it in date, as many newer as older where there are, then, when the category has too few,
 * the nearest of the others; each group newest first. Nearest rather than newest: the newest of a category would
 * be the same list on every one of its pages, and a new article would change all of them (~700 pages of a
 * 10,000-entry site, each rendered, compressed, indexed and sent to the CDN again); it changes two of them now.
 */
export function relatedArticles<T extends Article>(sorted: readonly T[], count: number): Map<string, T[]> {
  const byCategory = Map.groupBy(sorted, (article) => article.data.category);
  const positionInCategory = new Map<string, number>();
  for (const articles of byCategory.values()) articles.forEach((article, index) => positionInCategory.set(article.id, index));
  return new Map(
    sorted.map((article, index) => {
      const category = byCategory.get(article.data.category)!;
      const same = nearest(category, positionInCategory.get(article.id)!, count).map((at) => category[at]!);
      const rest = nearest(sorted, index, count - same.length, (other) => other.data.category === article.data.category).map((at) => sorted[at]!);
      return [article.id, [...same, ...rest]];
    }),
  );
}
