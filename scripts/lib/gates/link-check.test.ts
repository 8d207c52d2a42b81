import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks } from './link-check';

let server: Server;
let base = '';
const methods: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    methods.push(`${request.method} ${request.url}`);
    if (request.url === '/no-head' && request.method === 'HEAD') return response.writeHead(405).end();
    if (request.url === '/moved') return response.writeHead(301, { Location: '/ok' }).end();
    if (request.url === '/slow') return void setTimeout(() => response.writeHead(200).end(), 1000);
    response.writeHead(request.url === '/gone' ? 404 : 200).end('x');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((done) => server.close(() => done()));
});

describe('checkLink (a local server)', () => {
  it('a page that answers, directly or after a redirect', async () => {
    expect(await checkLink(`${base}/ok`)).toEqual({ url: `${base}/ok`, ok: true, status: 200 });
    expect(await checkLink(`${base}/moved`)).toEqual({ url: `${base}/moved`, ok: true, status: 200 });
  });

  it('falls back to GET when the server refuses HEAD', async () => {
    methods.length = 0;
    expect((await checkLink(`${base}/no-head`)).ok).toBe(true);
    expect(methods).toEqual(['HEAD /no-head', 'GET /no-head']);
  });

  it('reports a missing page, a timeout and a refused connection', async () => {
    const [gone, slow] = await checkLinks([`${base}/gone`, `${base}/slow`], 300);
    expect(gone).toEqual({ url: `${base}/gone`, ok: false, status: 404 });
    expect(slow).toEqual({ url: `${base}/slow`, ok: false, error: 'không trả lời sau 0.3 giây' });
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    expect(await checkLink(`http://127.0.0.1:${port}/`, 1000)).toMatchObject({ ok: false, error: 'không kết nối được (ECONNREFUSED)' });
  });
});
