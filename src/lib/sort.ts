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
