/**
 * Administrative procedures (thủ tục hành chính): their addresses, and the
 * field pages that filter the list without JavaScript.
 */
import { slugify } from '../shared/slug';
import { groupByName, type NamedGroup } from '../shared/sort';
import { procedureFieldUrl } from '../routing/urls';

/** The procedures grouped by field, fields in alphabetical order. */
export function groupByField<T extends { data: { field: string } }>(procedures: readonly T[]): NamedGroup<T>[] {
  return groupByName(procedures, (procedure) => procedure.data.field, slugify);
}

/** The field links above the list, each with its number of procedures. */
export function fieldLinks(groups: readonly NamedGroup<unknown>[]): { name: string; href: string; count: number }[] {
  return groups.map((group) => ({ name: group.name, href: procedureFieldUrl(group.slug), count: group.items.length }));
}
