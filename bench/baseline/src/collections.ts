import type { CollectionKey } from 'astro:content';

/** The collections that have pages (the settings files have none). */
export const PAGE_COLLECTIONS: CollectionKey[] = ['gioi-thieu', 'lanh-dao', 'tin-tuc', 'van-ban', 'album-anh', 'video'];
