interface Article {
  id: string;
  data: { category: string };
}

/**
 * Articles to read next: others of the same category first, then the rest,
 * each group in the order given (newest first from the caller).
 */
export function relatedArticles<T extends Article>(sorted: readonly T[], current: T, count: number): T[] {
  const others = sorted.filter((item) => item.id !== current.id);
  const sameCategory = others.filter((item) => item.data.category === current.data.category);
  const rest = others.filter((item) => item.data.category !== current.data.category);
  return [...sameCategory, ...rest].slice(0, count);
}
