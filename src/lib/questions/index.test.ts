import { describe, expect, it } from 'vitest';
import { groupByTopic, topicAnchor } from './index';

describe('questions by topic', () => {
  it('groups questions by topic, in alphabetical order, each with its anchor', () => {
    const groups = groupByTopic([
      { id: 'a', data: { topic: 'Thẻ APEC' } },
      { id: 'b', data: { topic: 'Hội nghị quốc tế' } },
      { id: 'c', data: { topic: 'Thẻ APEC' } },
    ]);
    expect(groups.map((g) => [g.name, topicAnchor(g.slug), g.items.map((q) => q.id)])).toEqual([
      ['Hội nghị quốc tế', 'chu-de-hoi-nghi-quoc-te', ['b']],
      ['Thẻ APEC', 'chu-de-the-apec', ['a', 'c']],
    ]);
  });
});
