/**
 * `npm run lint` (part of `npm test`) keeps the code's layers: dependency-cruiser, with the project's own
 * .dependency-cruiser.cjs, run on small trees written for each case. ESLint's guard for .astro files, which
 * dependency-cruiser cannot read, is run the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

let tree: string | undefined;
afterEach(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** Writes `files` (path → source) into a fresh folder and cruises its top folders with the project's rules. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  tree = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, source] of Object.entries({ 'tsconfig.json': '{}', ...files })) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
  const run = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      '--config',
      resolve(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
      ...folders,
    ],
    { cwd: tree, encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm test runs the linters first', () => {
  it('`npm test` starts with `npm run lint`, which runs ESLint, the Prettier check, knip and dependency-cruiser', () => {
    expect(pkg.scripts.test).toMatch(/^npm run lint && /);
    for (const tool of ['eslint ', 'prettier --check', 'knip', 'depcruise ']) expect(pkg.scripts.lint).toContain(tool);
  });
});

describe('dependency-cruiser keeps the layers', () => {
  it('accepts a tree where imports run downwards only', () => {
    const { status, output } = cruise({
      'src/lib/shared/dates.ts': 'export const day = 1;\n',
      'src/lib/search/index.ts': "import { day } from '../shared/dates';\nexport const first = day;\n",
      'scripts/lib/demo/make.ts': "import { first } from '../../../src/lib/search/index';\nexport const made = first;\n",
    });
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it('refuses an import circle', () => {
    const { status, output } = cruise({
      'src/lib/search/query.ts': "import { rank } from './rank';\nexport const query = () => rank;\n",
      'src/lib/search/rank.ts': "import { query } from './query';\nexport const rank = () => query;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/error no-circular: src\/lib\/search\/(query|rank)\.ts → /);
  });

  it('refuses src/lib/shared/ importing another src/lib/ folder', () => {
    const { status, output } = cruise({
      'src/lib/search/meta.ts': 'export const kinds = [];\n',
      'src/lib/shared/sort.ts': "import { kinds } from '../search/meta';\nexport const sorted = kinds;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('error shared-imports-no-domain: src/lib/shared/sort.ts → src/lib/search/meta.ts');
  });

  it('refuses src/lib/ importing a component, and src/ importing scripts/', () => {
    const { status, output } = cruise({
      'src/components/site/menu.ts': 'export const items = [];\n',
      'src/lib/routing/nav.ts': "import { items } from '../../components/site/menu';\nexport const nav = items;\n",
      'scripts/lib/demo/names.ts': 'export const names = [];\n',
      'src/lib/content/demo.ts': "import { names } from '../../../scripts/lib/demo/names';\nexport const demo = names;\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('error lib-imports-no-ui: src/lib/routing/nav.ts → src/components/site/menu.ts');
    expect(output).toContain('error src-imports-no-scripts: src/lib/content/demo.ts → scripts/lib/demo/names.ts');
  });
});

describe('ESLint covers the .astro files dependency-cruiser cannot read', () => {
  it('refuses an .astro component importing scripts/', () => {
    const source = "---\nimport { names } from '../../../scripts/lib/demo/names';\n---\n<p>{names}</p>\n";
    const run = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '--stdin', '--stdin-filename', 'src/components/site/Probe.astro'], {
      input: source,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('never imports the maintenance scripts (scripts/)');
  });
});
