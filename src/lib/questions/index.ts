/** Questions and answers (hỏi đáp), listed by topic. */
import { slugify } from '../shared/slug';
import { groupByName, type NamedGroup } from '../shared/sort';
import { questionTopicAnchor } from '../routing/urls';

/** The list's anchor of a topic: `chu-de-lanh-su` (`questionTopicUrl` gives its address). */
export const topicAnchor = questionTopicAnchor;

/** The questions grouped by topic, topics in alphabetical order. */
export function groupByTopic<T extends { data: { topic: string } }>(questions: readonly T[]): NamedGroup<T>[] {
  return groupByName(questions, (question) => question.data.topic, slugify);
}
