import { en } from './en';
import { vi, type UiKey } from './vi';

export type Lang = 'vi' | 'en';
export type { UiKey };

const dictionaries: Record<Lang, Partial<Record<UiKey, string>>> = { vi, en };

/**
 * Interface text in the given language, falling back to Vietnamese; `{name}`
 * placeholders are filled from `values`.
 */
export function t(key: UiKey, values: Record<string, string | number> = {}, lang: Lang = 'vi'): string {
  const text = dictionaries[lang][key] ?? vi[key];
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
