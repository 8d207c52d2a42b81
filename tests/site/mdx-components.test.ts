/**
 * The MDX contract as a visitor sees it: the three components the site hands
 * to every body render as a captioned figure, a boxed note and a YouTube link
 * that loads nothing from YouTube before it is clicked; and a body that
 * imports code never reaches Astro.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build/build-site';
import { VALID_TREE, article, writeTree } from '../helpers/content-tree';

const OUT = '.tmp/mdx-components';
const BODY = [
  '<Figure caption="Quang cảnh lễ ký kết">',
  '',
  '![Hai đoàn ký biên bản ghi nhớ](./ky-ket.png)',
  '',
  '</Figure>',
  '',
  '<Callout kind="luu-y" title="Lưu ý">Mang theo hộ chiếu bản gốc.</Callout>',
  '',
  '<YouTube id="dQw4w9WgXcQ" title="Lễ đón đoàn" />',
].join('\n');

let document: Document;

beforeAll(async () => {
  const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
  const contentDir = writeTree({ ...VALID_TREE, 'tin-tuc/ky-ket.mdx': article({ title: 'Ký kết hợp tác' }, BODY), 'tin-tuc/ky-ket.png': png });
  await buildSite({ contentDir, outDir: OUT, cold: true });
  document = parseHTML(readFileSync(join(OUT, 'tin-tuc/ky-ket/index.html'), 'utf8')).document;
});

describe('the components an MDX body may use', () => {
  it('Figure: the picture, processed like any body image, with its caption', () => {
    const figure = document.querySelector('.prose figure')!;
    expect(figure.querySelector('img')?.getAttribute('alt')).toBe('Hai đoàn ký biên bản ghi nhớ');
    expect(figure.querySelector('img')?.getAttribute('src')).toMatch(/^\/_astro\//);
    expect(figure.querySelector('figcaption')?.textContent).toBe('Quang cảnh lễ ký kết');
  });

  it('Callout: a labelled note with its title', () => {
    const note = document.querySelector('.prose aside[aria-label="Lưu ý"]')!;
    expect(note.querySelector('p')?.textContent).toBe('Lưu ý');
    expect(note.textContent).toContain('Mang theo hộ chiếu bản gốc.');
  });

  it('YouTube: a link to the clip, no frame until clicked', () => {
    const link = document.querySelector('.prose a[data-youtube-id="dQw4w9WgXcQ"]')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link.textContent).toContain('Lễ đón đoàn');
    expect(document.querySelector('iframe')).toBeNull();
    // Clicked, it becomes the privacy-enhanced player, which the page's policy lets it frame.
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      'frame-src https://www.youtube-nocookie.com;',
    );
  });
});
