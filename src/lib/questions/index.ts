/** Questions and answers (hỏi đáp), listed by topic. */
import { slugify } from '../shared/slug';
import { groupByName, type NamedGroup } from '../shared/sort';
import { questionTopicAnchor, sectionUrl } from '../routing/urls';

/** The section's address, for the route files that import it from here (src/lib/routing/urls.ts owns it). */
export const QUESTIONS_URL = sectionUrl('questions');

/** The list's anchor of a topic: `chu-de-lanh-su` (`questionTopicUrl` gives its address). */
export const topicAnchor = questionTopicAnchor;

/** The questions grouped by topic, topics in alphabetical order. */
export function groupByTopic<T extends { data: { topic: string } }>(questions: readonly T[]): NamedGroup<T>[] {
  return groupByName(questions, (question) => question.data.topic, slugify);
}
