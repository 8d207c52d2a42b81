import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** What a page's load is counted in: bytes as sent compressed, by kind of file. */
export const WEIGHT_KINDS = ['html', 'css', 'js', 'font', 'other'] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];

/** A page as a phone loads it: compressed bytes by kind, images apart, and every request. */
export interface PageWeight {
  bytes: Record<WeightKind | 'image', number>;
  /** HTML + CSS + JS + fonts + other: everything but images. */
  total: number;
  requests: number;
}

/** The most a page type may weigh, in KB (1024 bytes) as sent compressed, and its requests; every key is checked. */
export type Budget = Record<WeightKind | 'total' | 'requests', number>;

/** The page types of the site, in the order they are reported. */
export const PAGE_TYPES = [
  'home',
  'news-list',
  'article',
  'document-list',
  'document',
  'album-list',
  'album',
  'video-list',
  'video',
  'leadership',
  'contact',
  'search',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface BudgetFile {
  /** The phone's width the pages are loaded at, in CSS pixels. */
  viewport: { width: number; height: number };
  pages: Record<PageType, Budget>;
}

/** Reads budgets.json and checks that it gives every key of every page type. */
export function readBudgets(file = 'budgets.json'): BudgetFile {
  const data = JSON.parse(readFileSync(file, 'utf8')) as BudgetFile;
  const keys: (keyof Budget)[] = [...WEIGHT_KINDS, 'total', 'requests'];
  for (const type of PAGE_TYPES) {
    for (const key of keys) {
      if (typeof data.pages?.[type]?.[key] !== 'number') throw new Error(`${file}: pages.${type}.${key} must be a number`);
    }
  }
  return data;
}

/**
 * How a response counts: by what the browser loaded it as, then by its type.
 * Pagefind's index, fragments and WebAssembly are fetched by its script ("other").
 */
export function weightKindOf(resourceType: string): WeightKind | 'image' {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
    case 'media':
      return 'image';
    default:
      return 'other';
  }
}

/** Content types a CDN compresses; fonts (WOFF2), images and Pagefind's gzipped index are sent as they are. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/.test(contentType);
}

const KB = 1024;
/** Bytes as KB with one decimal: `12.3`. */
export const toKb = (bytes: number) => (bytes / KB).toFixed(1);

/** Every way a page's weight passes its budget, in words: `js: 12.3 KB > 10 KB`. */
export function overBudget(weight: PageWeight, budget: Budget): string[] {
  const over: string[] = [];
  for (const kind of WEIGHT_KINDS) {
    if (weight.bytes[kind] > budget[kind] * KB) over.push(`${kind}: ${toKb(weight.bytes[kind])} KB > ${budget[kind]} KB`);
  }
  if (weight.total > budget.total * KB) over.push(`total without images: ${toKb(weight.total)} KB > ${budget.total} KB`);
  if (weight.requests > budget.requests) over.push(`requests: ${weight.requests} > ${budget.requests}`);
  return over;
}

/**
 * Scripts in a page's <head> that stop it rendering until they are fetched and
 * run: any script that is not a module, `defer` or `async` (a classic inline
 * script too). Data blocks (`application/ld+json`) are not scripts.
 */
export function renderBlockingScripts(html: string): string[] {
  const { document } = parseHTML(html);
  const jsTypes = ['', 'text/javascript', 'application/javascript', 'module'];
  return [...document.querySelectorAll('head script')]
    .filter((script) => jsTypes.includes((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .filter((script) => {
      if (script.getAttribute('type')?.trim().toLowerCase() === 'module') return false;
      return !script.hasAttribute('src') || !(script.hasAttribute('defer') || script.hasAttribute('async'));
    })
    .map((script) => script.outerHTML.slice(0, 120));
}
