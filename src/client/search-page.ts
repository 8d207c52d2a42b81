/**
 * The search page: reads the request from the URL, asks Pagefind, shows
 * results and filters with counts, and keeps the URL in step so a search can
 * be shared and Back works. Pagefind's files are fetched only from here.
 */
import { hasSearch, NEWEST, readSearchRequest, writeSearchRequest, type SearchRequest } from '../lib/search/query';
import { startPagefind, type PagefindApi, type PagefindResult } from '../lib/search/pagefind';
import { t } from '../i18n';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search/meta';
import { fromIndexedText } from '../lib/search/text';
import { excerptOf, resultFacts, searchSite, suggestQuery, VOCABULARY_FILE, type RankedResult, type RankedSearch, type Vocabulary } from '../lib/search';

type PagefindResultData = Awaited<ReturnType<PagefindResult['data']>>;

const PAGE_SIZE = 10;
const YEAR_FIRST: SearchFilter[] = ['year'];
let pagefind: Promise<PagefindApi> | undefined;

declare global {
  interface Window {
    /** Set by the offline copy's own index (scripts/lib/archive/offline-copy.ts), where Pagefind cannot run. */
    offlineSearch?: PagefindApi;
  }
}

function loadPagefind(): Promise<PagefindApi> {
  // Kept out of the bundle: the index is written after the site is built.
  const url = '/pagefind/pagefind.js';
  pagefind ??= window.offlineSearch ? startPagefind(window.offlineSearch) : import(/* @vite-ignore */ url).then((module: PagefindApi) => startPagefind(module));
  return pagefind;
}

let vocabulary: Promise<Vocabulary> | undefined;

/** The site's words, fetched the first time a search finds nothing; the offline copy has its own. */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= window.offlineSearch?.vocabulary
    ? window.offlineSearch.vocabulary()
    : fetch(`/pagefind/${VOCABULARY_FILE}`).then((response) => response.json() as Promise<Vocabulary>);
  return vocabulary;
}

/** A spelling the site knows that finds something, when the query found nothing. */
async function suggestionFor(request: SearchRequest): Promise<string | undefined> {
  const suggested = suggestQuery(request.query, await loadVocabulary());
  if (!suggested) return undefined;
  const found = await searchSite(await loadPagefind(), { ...request, query: suggested });
  return found.results.length > 0 ? suggested : undefined;
}

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function resultItem(result: RankedResult, data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = fromIndexedText(data.meta.title ?? data.url);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = resultFacts(data.meta).map(fromIndexedText).join(' · ');
  const excerpt = document.createElement('p');
  // Both excerpts escape the page text and add only <mark>; ḑ is turned back into đ.
  excerpt.innerHTML = fromIndexedText(excerptOf(result, data.content, data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

function filterGroup(key: SearchFilter, label: string, counts: Record<string, number>, selected: string[]): HTMLFieldSetElement | null {
  const values = Object.entries(counts)
    .map(([value, count]) => [fromIndexedText(value), count] as const)
    .filter(([value, count]) => count > 0 || selected.includes(value));
  if (values.length === 0) return null;
  values.sort(([a, countA], [b, countB]) => (YEAR_FIRST.includes(key) ? b.localeCompare(a) : countB - countA || a.localeCompare(b, 'vi')));
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = label;
  group.append(legend);
  for (const [value, count] of values) {
    const row = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    box.checked = selected.includes(value);
    row.append(box, `${value} (${count})`);
    group.append(row);
  }
  return group;
}

export function startSearchPage(): void {
  const form = element<HTMLFormElement>('[data-search-form]');
  const input = element<HTMLInputElement>('#search-query');
  const app = element<HTMLElement>('[data-search-app]');
  const status = element<HTMLElement>('[data-search-status]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const more = element<HTMLButtonElement>('[data-search-more]');
  const filterPanel = element<HTMLElement>('[data-search-filters]');
  const groups = element<HTMLElement>('[data-filter-groups]');
  const order = element<HTMLSelectElement>('#search-order');
  const suggestion = element<HTMLElement>('[data-search-suggestion]');

  document.querySelector('[data-no-js]')?.remove();
  app.hidden = false;
  element<HTMLDetailsElement>('[data-filter-details]').open = matchMedia('(min-width: 48rem)').matches;
  let run = 0;

  async function show(request: SearchRequest): Promise<void> {
    const current = ++run;
    input.value = request.query;
    order.value = request.newest ? NEWEST : '';
    list.replaceChildren();
    more.hidden = true;
    suggestion.hidden = true;
    if (!hasSearch(request)) {
      status.textContent = '';
      filterPanel.hidden = true;
      return;
    }
    status.textContent = t('search.loading');
    let search: RankedSearch;
    try {
      search = await searchSite(await loadPagefind(), request);
    } catch {
      status.textContent = t('search.unavailable');
      return;
    }
    if (current !== run) return;
    const total = search.results.length;
    groups.replaceChildren(
      ...SEARCH_FILTERS.map((key) => filterGroup(key, t(`search.filter.${key}`), search.filters[key] ?? {}, request.filters[key] ?? [])).filter(
        (group): group is HTMLFieldSetElement => group !== null,
      ),
    );
    filterPanel.hidden = groups.childElementCount === 0;

    let shown = 0;
    const showMore = async () => {
      const batch = search.results.slice(shown, shown + PAGE_SIZE);
      const items = await Promise.all(batch.map(async (result) => resultItem(result, await result.data())));
      if (current !== run) return;
      list.append(...items);
      shown += batch.length;
      more.hidden = shown >= total;
    };
    more.onclick = async () => {
      const firstNew = shown;
      await showMore();
      list.children[firstNew]?.querySelector('a')?.focus();
    };
    await showMore();
    if (current !== run) return;
    // Announced once the first results are on the page, so what is read out can be reached.
    const subject = request.query ? t('search.for', { query: request.query }) : '';
    status.textContent = `${total === 0 ? t('search.none') : t('search.found', { count: total })}${subject}.`;
    if (total === 0 && request.query) await showSuggestion(request, current);
  }

  async function showSuggestion(request: SearchRequest, current: number): Promise<void> {
    const suggested = await suggestionFor(request).catch(() => undefined);
    if (!suggested || current !== run) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeSearchRequest({ ...request, query: suggested })}`;
    link.textContent = suggested;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go({ ...request, query: suggested });
    });
    suggestion.replaceChildren(`${t('search.didYouMean')} `, link, '?');
    suggestion.hidden = false;
  }

  function go(request: SearchRequest): void {
    history.pushState(null, '', `${location.pathname}${writeSearchRequest(request)}`);
    void show(request);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...readSearchRequest(new URLSearchParams(location.search)), query: input.value.trim() });
  });
  filterPanel.addEventListener('change', () => {
    const filters: SearchRequest['filters'] = {};
    for (const box of filterPanel.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      const key = box.name as SearchFilter;
      (filters[key] ??= []).push(box.value);
    }
    go({ ...readSearchRequest(new URLSearchParams(location.search)), query: input.value.trim(), filters });
  });
  order.addEventListener('change', () => {
    go({ ...readSearchRequest(new URLSearchParams(location.search)), query: input.value.trim(), newest: order.value === NEWEST });
  });
  element<HTMLButtonElement>('[data-clear-filters]').addEventListener('click', () => {
    go({ ...readSearchRequest(new URLSearchParams(location.search)), query: input.value.trim(), filters: {} });
    input.focus();
  });
  window.addEventListener('popstate', () => void show(readSearchRequest(new URLSearchParams(location.search))));

  void show(readSearchRequest(new URLSearchParams(location.search)));
}
