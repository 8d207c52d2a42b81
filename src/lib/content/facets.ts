/** How many items have each value, most common first (ties in Vietnamese alphabetical order). */
export function countValues<T>(items: readonly T[], valuesOf: (item: T) => readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'vi'));
}
