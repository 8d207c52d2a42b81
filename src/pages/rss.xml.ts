import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews, getSiteSettings } from '../data/portal';
import { entryUrl } from '../lib/routing/urls';

/** The 50 newest articles; feed readers keep what they have already seen. */
export const GET: APIRoute = async ({ site }) => {
  const [news, settings] = await Promise.all([getNews(), getSiteSettings()]);
  return rss({
    title: `Tin tức — ${settings.name}`,
    description: `Tin tức hoạt động đối ngoại của ${settings.name}.`,
    site: site!,
    customData: '<language>vi</language>',
    items: news.slice(0, 50).map((article) => ({
      title: article.data.title,
      link: entryUrl('news', article.id),
      pubDate: article.data.date,
      description: article.data.summary,
      categories: [article.data.category],
      author: article.data.author,
    })),
  });
};
