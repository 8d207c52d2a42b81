import { describe, expect, it } from 'vitest';
import { byOrder, groupByName, newestFirst } from './sort';

const entry = (id: string, date: string, category = 'A') => ({ id, data: { date: new Date(date), category } });

describe('newestFirst', () => {
  it('sorts by date descending and breaks ties by id', () => {
    const items = [entry('b', '2024-01-01'), entry('c', '2025-01-01'), entry('a', '2024-01-01')];
    expect(items.sort(newestFirst((e) => e.data.date)).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('byOrder', () => {
  it('sorts by the order staff set, then by id', () => {
    const items = [
      { id: 'z', data: { order: 1 } },
      { id: 'b', data: { order: 2 } },
      { id: 'a', data: { order: 2 } },
    ];
    expect(items.sort(byOrder).map((e) => e.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('groupByName', () => {
  it('groups by name in Vietnamese alphabetical order, keeping the items in order', () => {
    const items = [
      { id: 'a', field: 'Lãnh sự' },
      { id: 'b', field: 'Hội nghị, hội thảo quốc tế' },
      { id: 'c', field: 'Lãnh sự' },
      { id: 'd', field: 'Đối ngoại nhân dân' },
    ];
    const groups = groupByName(
      items,
      (item) => item.field,
      (name) => name.length.toString(),
    );
    expect(groups.map((g) => [g.name, g.slug, g.items.map((i) => i.id)])).toEqual([
      ['Đối ngoại nhân dân', '18', ['d']],
      ['Hội nghị, hội thảo quốc tế', '26', ['b']],
      ['Lãnh sự', '7', ['a', 'c']],
    ]);
  });
});
