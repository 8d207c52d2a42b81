import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { get, type IncomingMessage } from 'node:http';
import { constants as zlibConstants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error js-wacz ships JSDoc only, no declarations; the part used here is typed by `JsWacz` below.
import { WACZ as UntypedWacz } from '@harvard-lil/js-wacz';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { CDXIndexer, WARCRecord, WARCSerializer } from 'warcio';
import { createProgress, type ProgressOutput } from '../../../src/lib/build/progress';
import { mapOrdered } from '../../../src/lib/shared/pool';
import { serveStatic } from '../shared/static-server';

export interface WaczOptions {
  /** A built site: folders with index.html, assets, 404.html. */
  siteDir: string;
  /** Public origin the records are archived under, e.g. 'https://songoaivu.sonla.gov.vn'. */
  siteUrl: string;
  /** Path of the .wacz to write; parent folders are created. */
  output: string;
  title: string;
  description?: string;
  /** WARC-Date of every record and `ts` of every page (default: now). */
  crawledAt?: Date;
  /** Leaves out a public path (decoded, e.g. '/admin/', '/pagefind/pagefind.js') when it returns true. */
  exclude?: (sitePath: string) => boolean;
  /** Where "Bản lưu web (WACZ): tệp n / total" is printed (src/lib/build/progress.ts); nowhere without. */
  progressOut?: ProgressOutput;
}

export interface WaczReport {
  /** HTML pages listed in pages/pages.jsonl. */
  pages: number;
  /** WARC records in archive/data.warc.gz: one request and one response per file, plus the warcinfo record. */
  records: number;
  /** Size of the .wacz file. */
  bytes: number;
}

/** The part of js-wacz's `WACZ` class used here (see its index.js). */
interface JsWacz {
  addCDXJ(line: string): void;
  addPage(url: string, title?: string | null, ts?: string | null): unknown;
  harvestArraysFromTrees(): void;
  writeIndexesToZip(): Promise<void>;
  writePagesToZip(): Promise<void>;
  addFileToZip(file: Uint8Array | string, destination: string): Promise<unknown>;
  writeDatapackageToZip(): Promise<void>;
  writeDatapackageDigestToZip(): Promise<void>;
  finalize(): Promise<void>;
}
type JsWaczOptions = {
  input: string;
  output: string;
  url: string;
  ts: string;
  title: string;
  description?: string;
  log: Pick<Console, 'trace' | 'info' | 'warn' | 'error'>;
};
const WACZ = UntypedWacz as new (options: JsWaczOptions) => JsWacz;

const WARC_NAME = 'data.warc.gz';
// WARC/1.0 rather than 1.1: every ingest tool reads it, and second-precision dates lose nothing for one crawl.
const WARC_VERSION = 'WARC/1.0';
const USER_AGENT = 'songoaivu-sonla WACZ export (warcio.js, js-wacz)';
// Hop-by-hop headers describe the loopback connection, not the resource; the payload is stored de-chunked.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);
// Files fetched, digested and compressed at once, written in order: keeps both cores busy, holds a few files only.
const FILES_IN_FLIGHT = 8;
const gzipAsync = promisify(gzip);

/** Public path of a file of the built site: a folder's index.html is the folder URL ending in '/'. */
export function sitePathOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Percent-encodes each segment the way a browser requests it (UTF-8, spaces, '%', '?', '#'), leaving sub-delimiters readable. */
export function encodeSitePath(sitePath: string): string {
  return sitePath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (escaped) => decodeURIComponent(escaped)))
    .join('/');
}

interface Capture {
  statusline: string;
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** One real HTTP GET against the loopback server, with the headers the request record shows (Host is the public one). */
function capture(server: string, path: string, requestHeaders: Record<string, string>): Promise<Capture> {
  return new Promise((done, fail) => {
    get(`${server}${path}`, { headers: requestHeaders }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers: [string, string][] = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i]!;
          if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push([name, response.rawHeaders[i + 1]!]);
        }
        headers.push(['Content-Length', String(body.length)]);
        const status = response.statusCode ?? 0;
        done({ statusline: `HTTP/${response.httpVersion} ${status} ${response.statusMessage ?? ''}`, status, headers, body });
      });
    }).on('error', fail);
  });
}

interface Page {
  url: string;
  title: string | undefined;
}

/** The page's <title> (the first one: the head's), read without parsing the page; entities decoded. */
export function titleOf(html: Buffer): string | undefined {
  const raw = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html.toString('utf8'))?.[1];
  if (raw === undefined) return undefined;
  const title = raw.includes('&') ? parseHTML(`<title>${raw}</title>`).document.querySelector('title')?.textContent : raw;
  return title?.replace(/\s+/g, ' ').trim() || undefined;
}

const sha256Of = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return `sha256:${hash.digest('hex')}`;
};

// Pictures, video, fonts and Pagefind's files are compressed already: deflating them again only costs time.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json|ld\+json|rss\+xml|atom\+xml)|image\/svg)/;

/**
 * One record as a gzip member of its own (as replay tools expect: each record seekable by offset).
 * The digests are computed here with Node's own SHA-256 (warcio would start a wasm hasher per
 * record), and the compression runs off the main thread, so several records are made at once.
 */
async function serializeRecord(record: WARCRecord, payload: Buffer, compressible: boolean): Promise<Buffer> {
  const httpHeaders = record.httpHeaders ? Buffer.from(`${record.httpHeaders.toString()}\r\n`) : Buffer.alloc(0);
  record.warcHeaders.headers.set('WARC-Payload-Digest', sha256Of(payload));
  record.warcHeaders.headers.set('WARC-Block-Digest', sha256Of(httpHeaders, payload));
  const bytes = await WARCSerializer.serialize(record, { gzip: false });
  return gzipAsync(bytes, { level: compressible ? zlibConstants.Z_DEFAULT_COMPRESSION : zlibConstants.Z_BEST_SPEED });
}

/** WARC/1.0 dates have whole seconds; pages.jsonl and datapackage.json use the same instant so they match the records. */
function wholeSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The files to archive, in public-path order; dotfiles (e.g. .well-known/) too, since a host publishes them. */
async function listFiles(siteDir: string, exclude: (sitePath: string) => boolean): Promise<string[]> {
  const files = (await glob('**/*', { cwd: siteDir, onlyFiles: true, dot: true }))
    .map((file) => ({ file, path: sitePathOf(file) }))
    .filter(({ path }) => !exclude(path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (!files.some(({ path }) => path === '/')) {
    throw new Error(`Thư mục ${siteDir} không có index.html (hoặc đã bị loại trừ): bản lưu trữ cần trang chủ "/". Hãy build trang web trước.`);
  }
  return files.map(({ file }) => file);
}

interface Crawl {
  siteDir: string;
  files: string[];
  /** Public URL prefix without a trailing '/', e.g. 'https://songoaivu.sonla.gov.vn'. */
  base: string;
  crawledAt: string;
  title: string;
  description: string | undefined;
  progressOut: ProgressOutput | undefined;
}

/** Captures every file into one WARC; returns the HTML pages found and the number of records. */
async function writeWarc(crawl: Crawl, warcPath: string): Promise<{ pages: Page[]; records: number }> {
  const { siteDir, files, base, crawledAt } = crawl;
  const server = await serveStatic(siteDir);
  const warc = createWriteStream(warcPath);
  let records = 0;
  const write = async (bytes: Buffer) => {
    records++;
    if (!warc.write(bytes)) await once(warc, 'drain');
  };
  try {
    const info: Record<string, string> = {
      software: USER_AGENT,
      format: `WARC File Format ${WARC_VERSION.slice(5)}`,
      isPartOf: crawl.title,
      'http-header-user-agent': USER_AGENT,
    };
    if (crawl.description) info.description = crawl.description;
    const warcinfo = WARCRecord.createWARCInfo({ filename: WARC_NAME, date: crawledAt, warcVersion: WARC_VERSION }, info);
    await write(Buffer.from(await WARCSerializer.serialize(warcinfo, { gzip: true })));

    const captureFile = async (file: string) => {
      const path = encodeSitePath(sitePathOf(file));
      const url = `${base}${path}`;
      const requestHeaders = { Host: new URL(base).host, 'User-Agent': USER_AGENT, Accept: '*/*' };
      const response = await capture(server.url, path, requestHeaders);
      if (response.status !== 200) throw new Error(`Máy chủ tạm trả về HTTP ${response.status} cho ${path} (tệp ${join(siteDir, file)}); cần 200.`);

      const responseRecord = WARCRecord.create(
        { url, date: crawledAt, type: 'response', warcVersion: WARC_VERSION, statusline: response.statusline, httpHeaders: response.headers },
        [response.body],
      );
      const requestRecord = WARCRecord.create({
        url,
        date: crawledAt,
        type: 'request',
        warcVersion: WARC_VERSION,
        statusline: `GET ${path} HTTP/1.1`,
        httpHeaders: Object.entries(requestHeaders),
        warcHeaders: { 'WARC-Concurrent-To': responseRecord.warcHeader('WARC-Record-ID') ?? '' },
      });
      const contentType = response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
      return {
        records: await Promise.all([
          serializeRecord(responseRecord, response.body, COMPRESSIBLE.test(contentType)),
          serializeRecord(requestRecord, Buffer.alloc(0), true),
        ]),
        page: file.endsWith('.html') ? { url, title: titleOf(response.body) } : undefined,
      };
    };

    const pages: Page[] = [];
    const progress = crawl.progressOut && createProgress({ label: 'Bản lưu web (WACZ): tệp', total: files.length, out: crawl.progressOut });
    for await (const captured of mapOrdered(files, FILES_IN_FLIGHT, captureFile)) {
      for (const record of captured.records) await write(record);
      if (captured.page) pages.push(captured.page);
      progress?.tick();
    }
    progress?.done();
    return { pages, records };
  } finally {
    warc.end();
    await once(warc, 'close');
    await server.close();
  }
}

/** The SHA-256 of a file, read as a stream. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Packages the WARC with js-wacz: CDXJ index, pages.jsonl, datapackage.json and its digest. */
async function packageWacz(crawl: Crawl, warcPath: string, pages: Page[], output: string): Promise<void> {
  await mkdir(dirname(output), { recursive: true });
  const wacz = new WACZ({
    input: warcPath,
    output,
    url: `${crawl.base}/`,
    ts: crawl.crawledAt,
    title: crawl.title,
    description: crawl.description,
    // js-wacz reports progress on `info`; only its warnings and errors matter here.
    log: { trace: () => {}, info: () => {}, warn: console.warn, error: console.error },
  });
  // Indexed in this process rather than by js-wacz's worker pool (piscina), which `process()` would start.
  const indexer = new CDXIndexer();
  for await (const cdx of indexer.iterIndex([{ filename: WARC_NAME, reader: createReadStream(warcPath) }])) {
    wacz.addCDXJ(indexer.serializeCDXJ(cdx));
  }
  for (const page of pages) wacz.addPage(page.url, page.title, crawl.crawledAt);
  wacz.harvestArraysFromTrees();
  await wacz.writeIndexesToZip();
  await wacz.writePagesToZip();
  // Handed over as a path, so the WARC (as large as the site) is streamed into the zip, never held in memory.
  // js-wacz 0.1.6 hashes a path's chunks twice (https://github.com/harvard-lil/js-wacz/issues/127), so
  // datapackage.json would carry a wrong sha256: the resource it returns gets the right one, streamed too.
  const resource = (await wacz.addFileToZip(warcPath, `archive/${WARC_NAME}`)) as { hash: string };
  resource.hash = `sha256:${await sha256OfFile(warcPath)}`;
  await wacz.writeDatapackageToZip();
  await wacz.writeDatapackageDigestToZip();
  await wacz.finalize();
}

/**
 * Archives a built site as a WACZ (https://specs.webrecorder.net/wacz/1.1.1/): every file is fetched
 * from a loopback server by a real GET and stored as a request/response pair under its public URL,
 * then js-wacz packages the WARC with its CDXJ index, pages.jsonl and datapackage.json.
 */
export async function writeWacz(options: WaczOptions): Promise<WaczReport> {
  const { siteDir, output, title, description, exclude = () => false } = options;
  if (!output.toLowerCase().endsWith('.wacz')) throw new Error(`Tệp xuất "${output}" phải có đuôi .wacz.`);
  let base: string;
  try {
    base = new URL(options.siteUrl).href.replace(/\/+$/, '');
  } catch {
    throw new Error(`siteUrl "${options.siteUrl}" không phải là địa chỉ hợp lệ; cần dạng https://songoaivu.sonla.gov.vn.`);
  }
  const crawl: Crawl = {
    siteDir,
    files: await listFiles(siteDir, exclude),
    base,
    crawledAt: wholeSeconds(options.crawledAt ?? new Date()),
    title,
    description,
    progressOut: options.progressOut,
  };

  const workDir = await mkdtemp(join(tmpdir(), 'songoaivu-wacz-'));
  try {
    const warcPath = join(workDir, WARC_NAME);
    const { pages, records } = await writeWarc(crawl, warcPath);
    await packageWacz(crawl, warcPath, pages, output);
    return { pages: pages.length, records, bytes: (await stat(output)).size };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
