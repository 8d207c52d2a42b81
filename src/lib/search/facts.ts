/**
 * What a result says about its page under the title, from the page's Pagefind
 * metadata (src/lib/search/meta.ts): kind and date, then a document's number
 * and status, a news item's category, an album's photo count or a clip's length.
 */
import { t } from '../../i18n';

const ORDER = ['kind', 'date', 'number', 'status', 'category', 'photos', 'duration'] as const;

/** The facts to show, in reading order: `["Văn bản", "12/03/2024", "Số 16/QĐ-SNgV", "Còn hiệu lực"]`. */
export function resultFacts(meta: Record<string, string | undefined>): string[] {
  return ORDER.flatMap((key) => {
    const value = meta[key];
    if (!value) return [];
    return [key === 'number' ? t('search.number', { number: value }) : value];
  });
}
