import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pickCandidate, savedPage, savedPageHref, withoutFontFaces } from './saved-page';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="frame-src 'none'">
<title>Họp báo</title><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">
<link rel="canonical" href="https://example.vn/tin-tuc/hop-bao/">
<script type="module" src="/_astro/tools.js"></script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
<body><a class="skip-link" href="#main">Bỏ qua</a><header><a href="/">Trang chủ</a><form role="search" action="/tim-kiem/"><input name="q"></form></header>
<main id="main" data-pagefind-body><h1>Họp báo</h1><div class="page-tools"><a href="/tin-tuc/hop-bao/hop-bao.html" download data-save-page>Lưu</a></div>
<picture><source srcset="/_astro/c_400.webp 400w, /_astro/c_800.webp 800w, /_astro/c_1200.webp 1200w" type="image/webp"><img src="/_astro/c_1200.jpg" srcset="/_astro/c_400.jpg 400w, /_astro/c_800.jpg 800w, /_astro/c_1200.jpg 1200w" sizes="100vw" alt="Ảnh bìa" loading="lazy"></picture>
<video poster="/_astro/p.jpg"><source src="/video/clip/clip.mp4" type="video/mp4"><track src="/video/clip/clip.vtt" kind="captions"></video>
<p><a href="/van-ban/qd-12/#dieu-1">Quyết định 12</a> <a href="#muc-2">mục 2</a> <a href="https://chinhphu.vn/">Chính phủ</a></p></main>
<aside class="sidebar">Tin xem nhiều</aside><dialog data-viewer><img alt="" data-viewer-image></dialog></body></html>`;

const files: Record<string, string> = {
  '/_astro/a.css': "@font-face{font-family:'Be Vietnam Pro';src:url(/_astro/f.woff2)}body{color:#111}",
  '/_astro/c_800.webp': 'WEBP800',
  '/_astro/p.jpg': 'POSTER',
  '/video/clip/clip.vtt': 'WEBVTT',
};
const base64 = (text: string) => Buffer.from(text).toString('base64');

async function save() {
  const html = await savedPage({
    html: PAGE,
    url: 'https://example.vn/tin-tuc/hop-bao/',
    madeOn: '29/11/2026',
    readText: async (path) => files[path]!,
    readBytes: async (path) => Buffer.from(files[path]!),
  });
  return parseHTML(html).document;
}

describe('savedPage', () => {
  it('inlines the styles without web fonts, and the 800 px WebP of each picture', async () => {
    const document = await save();
    expect([...document.querySelectorAll('style')].map((style) => style.textContent)[0]).toBe('body{color:#111}');
    expect(document.querySelector('link[rel="stylesheet"], link[rel="icon"], picture, source[srcset]')).toBeNull();
    const img = document.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(`data:image/webp;base64,${base64('WEBP800')}`);
    expect(img.getAttribute('alt')).toBe('Ảnh bìa');
    expect(img.hasAttribute('srcset')).toBe(false);
  });

  it('inlines a clip’s poster and captions, and plays the clip itself from the site', async () => {
    const document = await save();
    expect(document.querySelector('video')!.getAttribute('poster')).toBe(`data:image/jpeg;base64,${base64('POSTER')}`);
    expect(document.querySelector('track')!.getAttribute('src')).toBe(`data:text/vtt;base64,${base64('WEBVTT')}`);
    expect(document.querySelector('video source')!.getAttribute('src')).toBe('https://example.vn/video/clip/clip.mp4');
  });

  it('leaves out scripts, tools, search and the sidebar, keeps the structured data, and is no search result', async () => {
    const document = await save();
    expect([...document.querySelectorAll('script')].map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(document.querySelector('.page-tools, form, .sidebar, dialog, [data-pagefind-body]')).toBeNull();
  });

  it('points the site-relative links at the public site and keeps fragments on the page', async () => {
    const document = await save();
    expect([...document.querySelectorAll('body a')].map((a) => a.getAttribute('href'))).toEqual([
      '#main',
      'https://example.vn/tin-tuc/hop-bao/',
      'https://example.vn/',
      'https://example.vn/van-ban/qd-12/#dieu-1',
      '#muc-2',
      'https://chinhphu.vn/',
    ]);
  });

  it('says what it is, and allows nothing to load but its own styles and pictures', async () => {
    const document = await save();
    expect(document.querySelector('[role="note"]')!.textContent).toBe(
      'Bản lưu ngày 29/11/2026 của trang https://example.vn/tin-tuc/hop-bao/. Nội dung trên trang có thể đã được cập nhật.',
    );
    expect([...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.getAttribute('content'))).toEqual([
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src https: data:",
    ]);
  });
});

describe('pickCandidate', () => {
  it('takes the widest candidate up to 800 px, or the narrowest when all are wider', () => {
    expect(pickCandidate('/a-400.jpg 400w, /a-800.jpg 800w, /a-1200.jpg 1200w')).toBe('/a-800.jpg');
    expect(pickCandidate('/a-320.jpg 320w, /a-640.jpg 640w')).toBe('/a-640.jpg');
    expect(pickCandidate('/a-1600.jpg 1600w, /a-1200.jpg 1200w')).toBe('/a-1200.jpg');
    expect(pickCandidate('')).toBeUndefined();
  });
});

describe('withoutFontFaces and savedPageHref', () => {
  it('drops @font-face rules only', () => {
    expect(withoutFontFaces('@font-face{src:url(/f.woff2)}a{color:red}@font-face { font-weight: 700 }')).toBe('a{color:red}');
  });
  it('names the copy after the slug, beside the page', () => {
    expect(savedPageHref('/tin-tuc/hop-bao/', 'hop-bao')).toBe('/tin-tuc/hop-bao/hop-bao.html');
  });
});
