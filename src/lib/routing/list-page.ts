import { t } from '../../i18n';

export interface Crumb {
  label: string;
  /** Left out for the current page. */
  href?: string;
}

/** `Tin tức`, or `Tin tức — Trang 3` after the first page. */
export function listTitle(label: string, pageNumber: number): string {
  return pageNumber === 1 ? label : `${label} — ${t('common.page')} ${pageNumber}`;
}

/** Breadcrumbs of page n of a list whose first page is at `base`. */
export function listCrumbs(label: string, base: string, pageNumber: number, parents: Crumb[] = []): Crumb[] {
  return pageNumber === 1 ? [...parents, { label }] : [...parents, { label, href: base }, { label: `${t('common.page')} ${pageNumber}` }];
}
