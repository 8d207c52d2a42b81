/**
 * The demo corpus's news, documents, albums and videos as the offline copy's
 * search indexes them (OfflinePage), without writing files or building the
 * site: for benchmarks and tests of the offline search at any size. The text
 * of each page is what its built page's `data-pagefind-body` holds, roughly:
 * title, summary, body, captions.
 */
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../../src/lib/content/front-matter';
import { documentFacts, documentFilters, searchAttributes, type SearchEntry } from '../../../src/lib/search/meta';
import type { OfflinePage } from '../../../src/lib/search/offline';
import { toIndexedText } from '../../../src/lib/search/text';
import { splitSize } from './corpus';
import { planAlbums, planDocuments, planNews, planVideos, SlugSet, type Sink } from './entries';
import { createRandom } from './random';

type Front = Record<string, unknown> & { title?: string; date?: string; summary?: string };

/** Markdown as the text a reader sees: no heading or list marks, links as their words. */
const plainText = (markdown: string) =>
  markdown
    .replace(/^#+\s+|^-\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** A demo day read as the site reads it: the calendar day in Việt Nam. */
const dayOf = (day: string) => new Date(`${day}T12:00:00+07:00`);

function entryOf(path: string, front: Front, body: string): { title: string; text: string[]; entry: SearchEntry } {
  const date = front.date ? dayOf(front.date) : undefined;
  const summary = front.summary ?? '';
  if (path.startsWith('van-ban/')) {
    const data = front as Front & { number: string; type: string; issuer: string | string[]; field: string; issued: string; status?: string };
    const issuer = Array.isArray(data.issuer) ? data.issuer : [data.issuer];
    const issued = dayOf(data.issued);
    const filters = documentFilters({ ...data, issuer, issued }, data.status);
    return { title: `${data.type} ${data.number}`, text: [summary, body], entry: { kind: 'Văn bản', date: issued, filters, facts: documentFacts(data) } };
  }
  const title = front.title ?? path;
  if (path.startsWith('album-anh/')) {
    const photos = (front.photos as { alt: string; caption?: string; credit?: string }[]) ?? [];
    const captions = photos.flatMap((photo) => [photo.caption ?? '', photo.credit ? `Ảnh: ${photo.credit}` : '']);
    return {
      title,
      text: [summary, ...captions, `Ảnh 1 / ${photos.length} Đóng ‹ Ảnh trước Ảnh sau ›`],
      entry: { kind: 'Album ảnh', date, facts: { photos: `${photos.length} ảnh` } },
    };
  }
  if (path.startsWith('video/')) {
    return { title, text: ['▶ Phát video', summary, body], entry: { kind: 'Video', date, facts: { duration: String(front.duration) } } };
  }
  const category = String(front.category);
  return { title, text: [body], entry: { kind: 'Tin tức', date, filters: { category: [category] }, facts: { category, author: String(front.author) } } };
}

/** `size` demo entries (split as the demo corpus splits them) as offline search pages, in the order of their files. */
export function demoOfflinePages(size: number, seed = 1): OfflinePage[] {
  const pages: OfflinePage[] = [];
  const sink: Sink = {
    text: (path, content) => {
      const front = splitFrontMatter(content);
      if (!front) return;
      const { title, text, entry } = entryOf(path, parseYaml(front.yaml) as Front, plainText(content.slice(front.bodyStart)));
      const { meta, filters, sort } = searchAttributes(entry);
      const filterValues: Record<string, string[]> = {};
      for (const [key, value] of filters) (filterValues[key] ??= []).push(toIndexedText(value));
      pages.push({
        url: `../${path.replace(/(\/index)?\.md$/, '')}/index.html`,
        title: toIndexedText(title),
        meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, toIndexedText(value)])),
        filters: filterValues,
        sort,
        text: toIndexedText([title, ...text].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()),
      });
    },
    binary: () => {},
    image: () => {},
  };
  const counts = splitSize(size);
  const random = createRandom(seed);
  planNews(random.fork('news'), counts.news, new SlugSet([]), sink);
  planDocuments(random.fork('documents'), counts.documents, new SlugSet([]), new Set(), sink);
  planAlbums(random.fork('albums'), counts.albums, new SlugSet([]), sink);
  planVideos(random.fork('videos'), counts.videos, new SlugSet([]), sink);
  return pages.sort((a, b) => (a.url < b.url ? -1 : 1));
}
