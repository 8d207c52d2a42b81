import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/lib/build/after-build';
import { buildSite, type BuildResult } from '../scripts/lib/build/build-site';
import { generateDemoCorpus } from '../scripts/lib/demo/corpus';
import { renderJpeg } from '../scripts/lib/demo/media';

/**
 * Astro's incremental build copies a page from the previous build when its code and key are the same
 * (src/routes/page-keys.ts). A key that misses something a page shows would publish a stale page, so each
 * kind of change is made to a built site, the site is built again incrementally, and every file is compared
 * with a full build of the same content: a copy of it, in a folder of its own, which has no previous build.
 * (Not `astro build --force`: the build after a forced one copies nothing, so the next change would go untested.)
 */
const CONTENT = '.tmp/incremental-content';
const COPY = '.tmp/incremental-content-copy';
const OUT = '.tmp/incremental-dist';
const FULL = '.tmp/incremental-full-dist';
const PHOTO_ARTICLE = join(CONTENT, 'tin-tuc/2024/anh-trong-bai-do-dung-lai.md');
const BODY_PHOTO = join(CONTENT, 'tin-tuc/2024/anh-trong-bai-do-dung-lai.jpg');

const restored = (build: BuildResult) => (build.output.match(/\(restored\)/g) ?? []).length;

/**
 * Left out of the comparison: the calendar feed carries the moment it was made (DTSTAMP), and Pagefind numbers
 * pages in the order they reach it (four at a time), so two builds never write the same bytes. Neither is a page
 * the incremental build copies; the pages Pagefind reads are compared.
 */
const UNREPEATABLE = /^(?:lich-cong-tac\.ics|pagefind\/)/;

/** Files whose bytes differ between two builds, or that only one has. */
async function differences(a: string, b: string): Promise<string[]> {
  const repeatable = (files: string[]) => files.filter((file) => !UNREPEATABLE.test(file));
  const [left, right] = (await Promise.all([listFiles(a), listFiles(b)])).map(repeatable) as [string[], string[]];
  const inLeft = new Set(left);
  const inRight = new Set(right);
  return [...new Set([...left, ...right])]
    .sort()
    .filter((file) => !inLeft.has(file) || !inRight.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

/** Builds the content incrementally into OUT and, from a copy, in full into FULL. */
async function buildBoth(): Promise<BuildResult> {
  const incremental = await buildSite({ contentDir: CONTENT, outDir: OUT });
  rmSync(COPY, { recursive: true, force: true });
  cpSync(CONTENT, COPY, { recursive: true });
  await buildSite({ contentDir: COPY, outDir: FULL, cold: true });
  return incremental;
}

const newsFiles = () => readdirSync(join(CONTENT, 'tin-tuc'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));

describe('an incremental build publishes what a full build would', () => {
  beforeAll(async () => {
    await generateDemoCorpus({ size: 24, outDir: CONTENT, seed: 11 });
    writeFileSync(BODY_PHOTO, await renderJpeg({ width: 1200, height: 800, seed: 501 }));
    writeFileSync(
      PHOTO_ARTICLE,
      [
        '---',
        'title: Ảnh trong bài được thay bằng ảnh khác cùng tên',
        'date: 2024-06-03',
        'category: Hợp tác quốc tế',
        'summary: Bài có ảnh trong thân bài.',
        'author: Văn phòng Sở',
        '---',
        '',
        'Toàn cảnh buổi làm việc.',
        '',
        '![Toàn cảnh buổi làm việc](./anh-trong-bai-do-dung-lai.jpg)',
        '',
      ].join('\n'),
    );
    await buildSite({ contentDir: CONTENT, outDir: OUT, cold: true });
  }, 600_000);

  it('after an edited title, a photo replaced under its name and a document file replaced, re-rendering only what changed', async () => {
    const edited = join(
      CONTENT,
      'tin-tuc',
      newsFiles().find((file) => !file.includes('anh-trong-bai'))!,
    );
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Tiêu đề đã sửa sau khi xuất bản'));
    writeFileSync(BODY_PHOTO, await renderJpeg({ width: 1200, height: 800, seed: 502 }));
    const attachment = readdirSync(join(CONTENT, 'van-ban')).find((file) => file.endsWith('.pdf'))!;
    writeFileSync(join(CONTENT, 'van-ban', attachment), `%PDF-1.4\n${'%'.repeat(300_000)}\n`);

    const build = await buildBoth();
    expect(await differences(OUT, FULL)).toEqual([]);
    // Pages nothing changed were copied, not rendered.
    expect(restored(build)).toBeGreaterThan(20);
    expect(readFileSync(join(OUT, 'tin-tuc/anh-trong-bai-do-dung-lai/index.html'), 'utf8')).toMatch(/anh-trong-bai-do-dung-lai\.[\w-]{8}/);
  }, 600_000);

  it('after the settings and the newest documents every page shows changed', async () => {
    const site = join(CONTENT, 'cai-dat/site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('number: 0212 3850 384', 'number: 0212 3850 999'));
    const document = readdirSync(join(CONTENT, 'van-ban')).find((file) => file.endsWith('.md'))!;
    writeFileSync(
      join(CONTENT, 'van-ban/quyet-dinh-999-qd-ubnd.md'),
      readFileSync(join(CONTENT, 'van-ban', document), 'utf8')
        .replace(/^number: .*$/m, 'number: 999/QĐ-UBND')
        .replace(/^issued: .*$/m, 'issued: 2026-11-20')
        .replace(/^effective: .*$/m, 'effective: 2026-11-25')
        .replace(/^files:[\s\S]*?(?=^[a-z]+:|^---)/m, ''),
    );

    const build = await buildBoth();
    expect(await differences(OUT, FULL)).toEqual([]);
    // The share cards, which show neither, were still copied.
    expect(restored(build)).toBeGreaterThan(0);
    expect(
      readFileSync(
        join(
          OUT,
          'tin-tuc',
          newsFiles()[0]!
            .replace(/^\d{4}\//, '')
            .replace(/\.md$/, ''),
          'index.html',
        ),
        'utf8',
      ),
    ).toContain('0212 3850 999');
  }, 600_000);
});
