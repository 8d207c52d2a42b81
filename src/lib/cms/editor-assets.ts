import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of Sveltia CMS the editor at /admin/ needs from the site itself.
 * Its prebuilt bundle (dist/sveltia-cms.js) fetches every interface language
 * but English from unpkg.com and its fonts (its icons are one) from
 * cdn.jsdelivr.net; the
 * same files ship in the npm package (locales/, npm/assets/), so the copy
 * the site serves is pointed at them, under /admin/.
 */

/** Where the site serves the package's interface languages (`vi.json`…). */
export const LOCALES_PATH = '/admin/locales';
/** Where the site serves the editor's fonts (its icons are a font). */
export const FONTS_PATH = '/admin/fonts';

/**
 * The bundle's base address of its language files: `${cdn}@${version}/locales`
 * (src/lib/services/app/i18n.js upstream), the names minified.
 */
const LOCALES_BASE = /`\$\{\w+\}@\$\{\w+\}\/locales`/g;
/** Its fonts, from Fontsource's CDN: `…/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2`. */
const FONTSOURCE = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * The bundle with its language files and fonts taken from the site:
 * `/admin/locales/vi.json`, `/admin/fonts/<family>-<subset>.woff2` (the
 * names the npm package gives its copies, without their hash). Throws when
 * the language files' address is not found exactly once, or no font is: a
 * new version of the package that loads them otherwise must be looked at,
 * not shipped half English with its icons spelt out as words.
 */
export function pointBundleAtSite(bundle: string): string {
  const locales = bundle.match(LOCALES_BASE)?.length ?? 0;
  const fonts = bundle.match(FONTSOURCE)?.length ?? 0;
  if (locales !== 1 || fonts === 0) {
    throw new Error(
      `src/lib/cms/editor-assets.ts: Sveltia CMS's bundle names its language files ${locales} times (not once) and ${fonts} CDN fonts; ` +
        'this version loads them otherwise: update pointBundleAtSite before upgrading @sveltia/cms',
    );
  }
  return bundle.replace(LOCALES_BASE, `\`${LOCALES_PATH}\``).replace(FONTSOURCE, (_, family: string, file: string) => `${FONTS_PATH}/${family}-${file}.woff2`);
}

/** One file the editor needs: where the site serves it, and where it is in node_modules. */
export interface EditorAsset {
  sitePath: string;
  source: string;
}

/** The package's language files (locales/) and fonts (npm/assets/, named `<family>-<file>-<8-character hash>.woff2`). */
export function editorAssets(packageDir: string): EditorAsset[] {
  const locales = readdirSync(join(packageDir, 'locales'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ sitePath: `${LOCALES_PATH}/${name}`, source: join(packageDir, 'locales', name) }));
  const assets = join(packageDir, 'npm', 'assets');
  const fonts = readdirSync(assets)
    .filter((name) => name.endsWith('.woff2'))
    .map((name) => ({ sitePath: `${FONTS_PATH}/${name.replace(/-[\w-]{8}\.woff2$/, '.woff2')}`, source: join(assets, name) }));
  return [...locales, ...fonts];
}

/**
 * Run before the bundle: the editor speaks Vietnamese unless the person
 * chose another language in its settings. Sveltia CMS otherwise follows the
 * browser's language, English on many of the department's computers, and
 * has no configuration option for it; it reads the choice from this key.
 */
export const START_IN_VIETNAMESE = `(() => {
  const key = 'sveltia-cms.prefs';
  try {
    const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
    if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'vi' }));
  } catch {
    // Storage blocked: the editor follows the browser's language.
  }
})();
`;

/**
 * The editor's interface font: the system's, which has every Vietnamese
 * letter. Sveltia CMS's own (Source Sans 3) ships only its Latin-1 part, so
 * "Đăng nhập" would mix two typefaces within a word; with this its text is
 * set in the system's. `:root:root` outranks the bundle's `:root`, which is
 * added after this file.
 */
export const EDITOR_STYLE = `:root:root {
  --sui-font-family-default: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
}
`;
