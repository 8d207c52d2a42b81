import { getAlbums, getDocuments, getNews, getProcedures, getQuestions, getScheduleWeeks, getVideos } from '../data/portal';
import { relatedArticles } from '../lib/content/related';
import { neighbours } from '../lib/schedule';

/**
 * The routes of every entry page (`<collection>/[slug]`): its slug, its entry and what the page
 * shows beside it, for src/routes/EntryPage.astro: one builder per collection, so a file in src/pages only
 * names its collection.
 */
const ENTRIES = {
  news: async () => {
    const news = await getNews();
    const related = relatedArticles(news, 4);
    return news.map((article) => ({ kind: 'news' as const, slug: article.id, article, related: related.get(article.id)! }));
  },
  documents: async () => (await getDocuments()).map((doc) => ({ kind: 'documents' as const, slug: doc.id, doc })),
  albums: async () => (await getAlbums()).map((album) => ({ kind: 'albums' as const, slug: album.id, album })),
  videos: async () => (await getVideos()).map((video) => ({ kind: 'videos' as const, slug: video.id, video })),
  procedures: async () => (await getProcedures()).map((procedure) => ({ kind: 'procedures' as const, slug: procedure.id, procedure })),
  questions: async () => {
    const questions = await getQuestions();
    return questions.map((question) => ({
      kind: 'questions' as const,
      slug: question.id,
      question,
      sameTopic: questions.filter((other) => other.data.topic === question.data.topic && other.id !== question.id),
    }));
  },
  schedule: async () => {
    const weeks = await getScheduleWeeks();
    return weeks.map((week, n) => ({ kind: 'schedule' as const, slug: week.id, week, ...neighbours(weeks, n) }));
  },
};

type EntryKind = keyof typeof ENTRIES;

/** What one entry page gets: its entry, and what the page shows beside it. */
export type EntryRoute = Awaited<ReturnType<(typeof ENTRIES)[EntryKind]>>[number];

/** `getStaticPaths` of a collection's `[slug]` route. */
export async function entryRoutes(kind: EntryKind) {
  const routes: EntryRoute[] = await ENTRIES[kind]();
  return routes.map((route) => ({ params: { slug: route.slug }, props: { route } }));
}
