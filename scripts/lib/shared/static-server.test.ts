import { describe, expect, it } from 'vitest';
import { headersFor } from './static-server';

describe('headers from a _headers file, as Netlify and Cloudflare Pages apply them', () => {
  const text = ['# comment', '/*', '  X-A: 1', '/', '  Cache-Control: short', '/_astro/*', '  Cache-Control: long', '/admin/*', '  X-A: 2', ''].join('\n');

  it('every matching rule: /x/* by prefix, others exactly', () => {
    expect(headersFor(text, '/')).toEqual({ 'X-A': '1', 'Cache-Control': 'short' });
    expect(headersFor(text, '/_astro/a.js')).toEqual({ 'X-A': '1', 'Cache-Control': 'long' });
    expect(headersFor(text, '/tin-tuc/')).toEqual({ 'X-A': '1' });
  });

  it('a header given by two rules gets both values, joined with a comma', () => {
    expect(headersFor(text, '/admin/')).toEqual({ 'X-A': '1, 2' });
  });
});
