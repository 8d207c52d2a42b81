import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, runAfterBuild, type AfterBuildStep } from './after-build';

const site = new URL('https://songoaivu.sonla.gov.vn');

describe('runAfterBuild', () => {
  it('lists the build once and runs the steps in order, each seeing what the steps before it wrote or removed', async () => {
    const listed: string[] = [];
    const seen: Record<string, string[]> = {};
    const step = (name: string, change: AfterBuildStep['run']): AfterBuildStep => ({
      name,
      run: (files, context) => {
        seen[name] = files.list();
        return change(files, context);
      },
    });
    const logged: string[] = [];
    const files = await runAfterBuild(
      '/dist',
      [
        step('prune', (files) => files.remove('_astro/photo.jpg')),
        step('saved', (files) => files.add('tin-tuc/a/a.html')),
        step('headers', (files, { log }) => {
          files.add('_headers');
          log('written');
        }),
      ],
      {
        site,
        log: (name, line) => logged.push(`${name}: ${line}`),
        list: async (root) => {
          listed.push(root);
          return ['tin-tuc/a/index.html', '_astro/photo.jpg', 'index.html'];
        },
      },
    );
    expect(listed).toEqual(['/dist']);
    expect(Object.keys(seen)).toEqual(['prune', 'saved', 'headers']);
    expect(seen).toEqual({
      prune: ['_astro/photo.jpg', 'index.html', 'tin-tuc/a/index.html'],
      saved: ['index.html', 'tin-tuc/a/index.html'],
      headers: ['index.html', 'tin-tuc/a/a.html', 'tin-tuc/a/index.html'],
    });
    expect(files.list()).toEqual(['_headers', 'index.html', 'tin-tuc/a/a.html', 'tin-tuc/a/index.html']);
    expect(logged).toEqual(['headers: written']);
  });

  it('a step that wrote a whole folder has its files listed in place of the old ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'after-build-'));
    writeFileSync(join(root, 'index.html'), '');
    mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(root, 'pagefind', 'stale.pf_meta'), '');
    const files = await runAfterBuild(
      root,
      [
        {
          name: 'search',
          run: async (files) => {
            writeFileSync(join(root, 'pagefind', 'fragment', 'a.pf_fragment'), '');
            await files.addFolder('pagefind');
          },
        },
      ],
      { site, log: () => {} },
    );
    expect(files.list()).toEqual(['index.html', 'pagefind/fragment/a.pf_fragment', 'pagefind/stale.pf_meta']);
    expect(await listFiles(root)).toHaveLength(3);
  });
});
