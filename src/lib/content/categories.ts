import { slugify } from '../shared/slug';

/** URL of a news category page: `Hợp tác quốc tế` → `/tin-tuc/chuyen-muc/hop-tac-quoc-te/`. */
export function categoryUrl(category: string): string {
  return `/tin-tuc/chuyen-muc/${slugify(category)}/`;
}
