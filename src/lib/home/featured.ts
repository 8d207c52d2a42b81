/**
 * The article of the home page's featured slot: the newest one staff marked
 * `featured: true` (news arrive newest first). None marked, no slot: the
 * newest articles are the news list just below.
 */
export function featuredArticle<T extends { data: { featured: boolean } }>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((article) => article.data.featured);
}
