import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, isCompressible, overBudget, readBudgets, renderBlockingScripts, weightKindOf, type Budget, type PageWeight } from './budgets';

const budget: Budget = { html: 8, css: 3.5, js: 2, font: 68, other: 0.5, total: 80, requests: 10 };
const weight = (bytes: Partial<PageWeight['bytes']>, requests = 8): PageWeight => {
  const all = { html: 0, css: 0, js: 0, font: 0, other: 0, image: 0, ...bytes };
  return { bytes: all, total: all.html + all.css + all.js + all.font + all.other, requests };
};

describe('overBudget', () => {
  it('is empty at the budget exactly', () => {
    expect(overBudget(weight({ html: 8 * 1024, css: 3.5 * 1024, font: 68 * 1024, image: 500_000 }, 10), budget)).toEqual([]);
  });

  it('names each kind over its budget, the total without images and the requests', () => {
    expect(overBudget(weight({ html: 9 * 1024, js: 2049, font: 70 * 1024 }, 11), budget)).toEqual([
      'html: 9.0 KB > 8 KB',
      'js: 2.0 KB > 2 KB',
      'font: 70.0 KB > 68 KB',
      'total without images: 81.0 KB > 80 KB',
      'requests: 11 > 10',
    ]);
  });
});

describe('weightKindOf and isCompressible', () => {
  it('counts by what the browser loaded', () => {
    expect(['document', 'stylesheet', 'script', 'font', 'image', 'media', 'fetch', 'other'].map(weightKindOf)).toEqual([
      'html',
      'css',
      'js',
      'font',
      'image',
      'image',
      'other',
      'other',
    ]);
  });

  it('compresses text, scripts, JSON, SVG and WebAssembly, not fonts, images or gzipped data', () => {
    const types = [
      'text/html; charset=utf-8',
      'text/css',
      'text/javascript',
      'application/json',
      'image/svg+xml',
      'application/wasm',
      'font/woff2',
      'image/avif',
      'application/octet-stream',
    ];
    expect(types.filter(isCompressible)).toEqual(types.slice(0, 6));
  });
});

describe('renderBlockingScripts', () => {
  const head = (inside: string) => `<!DOCTYPE html><html><head>${inside}</head><body><script src="/late.js"></script></body></html>`;

  it('accepts modules, defer, async and data blocks', () => {
    expect(
      renderBlockingScripts(
        head(
          '<script type="module" src="/a.js"></script><script type="module">go()</script><script defer src="/b.js"></script><script async src="/c.js"></script><script type="application/ld+json">{}</script>',
        ),
      ),
    ).toEqual([]);
  });

  it('names a classic script in the head, inline or fetched, even with defer on an inline one', () => {
    expect(renderBlockingScripts(head('<script src="/a.js"></script><script>go()</script><script defer>x()</script>'))).toEqual([
      '<script src="/a.js"></script>',
      '<script>go()</script>',
      '<script defer>x()</script>',
    ]);
  });
});

describe('budgets.json', () => {
  it('gives every key for every page type', () => {
    expect(Object.keys(readBudgets().pages)).toEqual([...PAGE_TYPES]);
  });
});
