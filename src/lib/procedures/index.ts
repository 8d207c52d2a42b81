/**
 * Administrative procedures (thủ tục hành chính): their addresses, and the
 * field pages that filter the list without JavaScript.
 */
import { slugify } from '../shared/slug';
import { groupByName, type NamedGroup } from '../shared/sort';

export const PROCEDURES_URL = '/thu-tuc-hanh-chinh/';

/** The page of one field: `Lãnh sự` → `/thu-tuc-hanh-chinh/linh-vuc/lanh-su/`. */
export function procedureFieldUrl(fieldSlug: string): string {
  return `${PROCEDURES_URL}linh-vuc/${fieldSlug}/`;
}

/** The procedures grouped by field, fields in alphabetical order. */
export function groupByField<T extends { data: { field: string } }>(procedures: readonly T[]): NamedGroup<T>[] {
  return groupByName(procedures, (procedure) => procedure.data.field, slugify);
}

/** The field links above the list, each with its number of procedures. */
export function fieldLinks(groups: readonly NamedGroup<unknown>[]): { name: string; href: string; count: number }[] {
  return groups.map((group) => ({ name: group.name, href: procedureFieldUrl(group.slug), count: group.items.length }));
}
