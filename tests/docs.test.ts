import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

/** The README's first commands: a newcomer's way in, and what `.ci/run` runs. */
const FIRST_COMMANDS = [
  'npm ci && npm start   # installs, builds the site and serves it at http://localhost:4321',
  "npm ci && npm test    # installs (Debian's Chromium, wget, nginx, rsync and OpenSSL included, via apt) and runs the whole test suite",
].join('\n');

/** GOV.UK Frontend's README is 5 KB; the rest lives in docs/, one topic a document. */
const README_LIMIT = 8192;

const DOCUMENTS = [
  'README.md',
  ...readdirSync('docs/dev')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/dev/${name}`),
];

const tree = (file: string): Root => fromMarkdown(readFileSync(file, 'utf8'));

const plainText = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? node.children.map(plainText).join('') : '';

/** The id GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingIds(file: string): Set<string> {
  const ids = new Set<string>();
  visit(tree(file), 'heading', (heading) => {
    const base = plainText(heading)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let id = base;
    for (let n = 1; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
  });
  return ids;
}

/** Every link and link definition of a Markdown file whose address is a path in this repository. */
function relativeLinks(file: string): string[] {
  const links: string[] = [];
  visit(tree(file), (node) => {
    if ((node.type === 'link' || node.type === 'definition') && !/^[a-z][a-z0-9+.-]*:/i.test(node.url)) links.push(node.url);
  });
  return links;
}

describe('README: short, with the two commands first', () => {
  it(`is at most ${README_LIMIT} bytes`, () => {
    expect(statSync('README.md').size).toBeLessThanOrEqual(README_LIMIT);
  });

  it('starts with the build-and-serve command and the test command, before any section', () => {
    const nodes = tree('README.md').children;
    const firstCode = nodes.findIndex((node) => node.type === 'code');
    const firstSection = nodes.findIndex((node) => node.type === 'heading' && node.depth > 1);
    expect(firstCode).toBeGreaterThan(-1);
    expect(nodes[firstCode]).toMatchObject({ type: 'code', lang: 'sh', value: FIRST_COMMANDS });
    expect(firstSection === -1 || firstCode < firstSection).toBe(true);
  });

  it('is what .ci/run runs in CI (its second command)', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci && npm test$/m);
  });
});

describe('developer documents: every relative link leads somewhere', () => {
  it.each(DOCUMENTS)('%s', (file) => {
    const broken: string[] = [];
    for (const link of relativeLinks(file)) {
      const [path, fragment] = link.split('#') as [string, string | undefined];
      const target = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
      if (!existsSync(target)) broken.push(`${link}: no file ${target}`);
      else if (fragment && target.endsWith('.md') && !headingIds(target).has(decodeURIComponent(fragment)))
        broken.push(`${link}: no heading #${fragment} in ${target}`);
    }
    expect(broken).toEqual([]);
  });
});
