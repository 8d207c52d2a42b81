/** Questions and answers (hỏi đáp), listed by topic. */
import { slugify } from '../shared/slug';
import { groupByName, type NamedGroup } from '../shared/sort';

export const QUESTIONS_URL = '/hoi-dap/';

/** The list's anchor of a topic: `/hoi-dap/#chu-de-lanh-su`. */
export function topicAnchor(topicSlug: string): string {
  return `chu-de-${topicSlug}`;
}

/** The questions grouped by topic, topics in alphabetical order. */
export function groupByTopic<T extends { data: { topic: string } }>(questions: readonly T[]): NamedGroup<T>[] {
  return groupByName(questions, (question) => question.data.topic, slugify);
}
