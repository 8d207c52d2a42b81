interface WithId {
  id: string;
}

/** A comparator putting the newest first; the same day keeps a stable order by id. */
export function newestFirst<T extends WithId>(dateOf: (item: T) => Date) {
  return (a: T, b: T): number => dateOf(b).getTime() - dateOf(a).getTime() || a.id.localeCompare(b.id);
}

/** By the `order` field staff set, then by id. */
export function byOrder<T extends WithId & { data: { order: number } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/** Items sharing a name (a field, a topic), with the name's slug for its address. */
export interface NamedGroup<T> {
  name: string;
  slug: string;
  items: T[];
}

/** Groups items by a name, the groups in Vietnamese alphabetical order, items in their given order. */
export function groupByName<T>(items: readonly T[], nameOf: (item: T) => string, slugOf: (name: string) => string): NamedGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(nameOf(item), [...(groups.get(nameOf(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([name, members]) => ({ name, slug: slugOf(name), items: members }));
}
