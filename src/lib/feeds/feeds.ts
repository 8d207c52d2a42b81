import { feedUrl } from '../routing/urls';

/** An RSS feed linked from a page's head (the news feed, /rss.xml, is linked from every page by BaseLayout). */
export interface Feed {
  href: string;
  /** What it carries: `Tin tức`; the agency's name is added after it. */
  label: string;
}

export const DOCUMENT_FEED: Feed = { href: feedUrl('documents'), label: 'Văn bản' };
