import { describe, expect, it } from 'vitest';
import { procedureFieldUrl } from '../routing/urls';
import { fieldLinks, groupByField } from './index';

describe('procedure fields', () => {
  const procedures = [
    { id: 'apec', data: { field: 'Lãnh sự' } },
    { id: 'hoi-nghi', data: { field: 'Hội nghị, hội thảo quốc tế' } },
    { id: 'ho-chieu', data: { field: 'Lãnh sự' } },
  ];

  it('groups procedures by field, each field with its own page', () => {
    const groups = groupByField(procedures);
    expect(groups.map((g) => [g.name, g.slug, g.items.map((p) => p.id)])).toEqual([
      ['Hội nghị, hội thảo quốc tế', 'hoi-nghi-hoi-thao-quoc-te', ['hoi-nghi']],
      ['Lãnh sự', 'lanh-su', ['apec', 'ho-chieu']],
    ]);
    expect(fieldLinks(groups)).toEqual([
      { name: 'Hội nghị, hội thảo quốc tế', href: '/thu-tuc-hanh-chinh/linh-vuc/hoi-nghi-hoi-thao-quoc-te/', count: 1 },
      { name: 'Lãnh sự', href: '/thu-tuc-hanh-chinh/linh-vuc/lanh-su/', count: 2 },
    ]);
    expect(procedureFieldUrl('lanh-su')).toBe('/thu-tuc-hanh-chinh/linh-vuc/lanh-su/');
  });
});
