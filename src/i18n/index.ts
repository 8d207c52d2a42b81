import { en } from './en';
import { vi, type UiKey } from './vi';

export type Lang = 'vi' | 'en';
export type { UiKey };

const dictionaries: Record<Lang, Partial<Record<UiKey, string>>> = { vi, en };

/** Interface text in the given language, falling back to Vietnamese. */
export function t(key: UiKey, lang: Lang = 'vi'): string {
  return dictionaries[lang][key] ?? vi[key];
}
