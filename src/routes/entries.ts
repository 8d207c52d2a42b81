import { getAlbums, getDocuments, getNews, getProcedures, getQuestions, getScheduleWeeks, getVideos } from '../data/portal';
import { relatedArticles } from '../lib/content/related';
import { neighbours } from '../lib/schedule';
import { BUILD_TIME, documentStatus } from '../lib/documents';
import { attachmentLinks } from './attachments';
import { framedPageKey } from './page-keys';

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

/** The entry a route's page is about: the one whose body it shows. */
function entryOf(route: EntryRoute) {
  switch (route.kind) {
    case 'news':
      return route.article;
    case 'documents':
      return route.doc;
    case 'albums':
      return route.album;
    case 'videos':
      return route.video;
    case 'procedures':
      return route.procedure;
    case 'questions':
      return route.question;
    case 'schedule':
      return route.week;
  }
}

/** What an entry page reads as it renders that its route does not hold: a document's status today, the sizes of files. */
function readWhileRendering(route: EntryRoute): unknown {
  if (route.kind === 'documents') {
    return { status: documentStatus(route.doc.data, BUILD_TIME), files: attachmentLinks('documents', route.doc, route.doc.data.files, '') };
  }
  if (route.kind === 'procedures') return { forms: attachmentLinks('procedures', route.procedure, route.procedure.data.forms, '') };
  return undefined;
}

/** `getStaticPaths` of a collection's `[slug]` route, each page keyed for Astro's incremental build (src/routes/page-keys.ts). */
export async function entryRoutes(kind: EntryKind) {
  const routes: EntryRoute[] = await ENTRIES[kind]();
  return Promise.all(
    routes.map(async (route) => ({
      params: { slug: route.slug },
      props: { route },
      cacheKey: await framedPageKey(route, [entryOf(route)], readWhileRendering(route)),
    })),
  );
}
