import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, serveStatic } from './static-server';

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

describe('serving the build’s precompressed copies', () => {
  const request = (url: string, acceptEncoding?: string) =>
    new Promise<{ encoding?: string; body: Buffer }>((done, fail) =>
      get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', fail),
    );

  it('sends .br to a browser that accepts Brotli, .gz to one that accepts gzip only, the file to others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-'));
    const text = 'Sở Ngoại vụ tỉnh Sơn La. '.repeat(100);
    writeFileSync(join(root, 'index.html'), text);
    writeFileSync(join(root, 'index.html.br'), brotliCompressSync(text));
    writeFileSync(join(root, 'index.html.gz'), gzipSync(text));
    const server = await serveStatic(root, { compressed: true });
    try {
      expect((await request(`${server.url}/`, 'gzip, deflate, br')).encoding).toBe('br');
      const gzipped = await request(`${server.url}/`, 'gzip');
      expect([gzipped.encoding, gzipped.body.equals(gzipSync(text))]).toEqual(['gzip', true]);
      const plain = await request(`${server.url}/`);
      expect([plain.encoding, plain.body.toString()]).toEqual([undefined, text]);
    } finally {
      await server.close();
    }
  });
});
