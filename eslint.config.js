// ESLint for the site's code: JavaScript's and typescript-eslint's recommended rules, eslint-plugin-astro's
// for .astro files, and jsx-a11y's (through eslint-plugin-astro) on their markup. `npm run lint` runs it.
// A rule switched off or tuned here has its reason beside it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Staff content and everything generated (the same list as .gitignore).
  globalIgnores(['content/', 'dist/', 'dist-demo/', '.dist-dang-dung*/', '.demo/', '.astro/', '.tmp/', 'archive/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // A leading underscore marks a name kept on purpose (a parameter a signature needs, a key taken out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `role` on a component (`<ResponsivePicture role="card">`) is its own prop, not ARIA; HTML elements are still checked.
      'astro/jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
      // Prettier places the line breaks, and ends every statement with a semicolon, so there is no line a missing
      // semicolon joins; it breaks `sharp(…)[format]()` before `[`, which this rule reads as one (eslint-config-prettier
      // switches it off for this reason).
      'no-unexpected-multiline': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // TypeScript (`astro check`) already reports undefined names, and knows the globals src/env.d.ts declares
      // (`__SITE_CSP__`), which this rule does not; typescript-eslint switches it off for .ts files the same way.
      'no-undef': 'off',
    },
  },
  {
    // dependency-cruiser keeps this rule for .ts files but cannot read .astro ones: this covers those too.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/scripts/**'], message: 'The site (src/) never imports the maintenance scripts (scripts/).' }] },
      ],
    },
  },
  // Browser code: the modules in src/client/ and the <script> blocks of .astro files.
  { files: ['src/client/**', '**/*.astro/*.js', '**/*.astro/*.ts'], languageOptions: { globals: globals.browser } },
);
