/**
 * Writes the site's web font: Be Vietnam Pro (from @fontsource/be-vietnam-pro) cut down to the characters
 * in scripts/lib/fonts/subsets.ts, as WOFF2 in src/assets/fonts/, and the @font-face rules that load it in
 * src/styles/fonts.css. The output is committed; run this again after upgrading Fontsource or changing
 * the character sets.
 *
 *   npm run fonts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FONT_FEATURES, FONT_SUBSETS, FONT_WEIGHTS } from './lib/fonts/subsets';

const require = createRequire(import.meta.url);
const rules: string[] = [];
for (const weight of FONT_WEIGHTS) {
  for (const { source, text, unicodeRange } of FONT_SUBSETS) {
    const file = `be-vietnam-pro-${source}-${weight}.woff2`;
    const original = readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${source}-${weight}-normal.woff2`));
    const subset = await subsetFont(original, text, { targetFormat: 'woff2', noHinting: true, keepFeatures: FONT_FEATURES });
    writeFileSync(`src/assets/fonts/${file}`, subset);
    console.log(`${file}: ${(original.length / 1024).toFixed(1)} KB → ${(subset.length / 1024).toFixed(1)} KB`);
    rules.push(`@font-face {
  font-family: 'Be Vietnam Pro';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url('../assets/fonts/${file}') format('woff2');
  unicode-range: ${unicodeRange};
}`);
  }
}
writeFileSync(
  'src/styles/fonts.css',
  `/* Written by \`npm run fonts\` (scripts/subset-fonts.ts); do not edit. Be Vietnam Pro, SIL Open Font License 1.1. */\n${rules.join('\n')}\n`,
);
