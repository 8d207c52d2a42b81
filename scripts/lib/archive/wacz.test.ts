import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { encodeSitePath, sitePathOf, titleOf, writeWacz, type WaczReport } from './wacz';

const SITE_URL = 'https://songoaivu.sonla.gov.vn';
const CRAWLED_AT = new Date('2024-01-02T03:04:05.678Z');
const page = (title: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
// A PNG signature followed by bytes that break any text decoding (NUL, 0xFF, a lone CR).
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x0d, 0x80, 0x00]);

/** The fake site: path on disk → bytes. */
const FILES: Record<string, Buffer> = {
  'index.html': Buffer.from(page('Sở Ngoại vụ tỉnh Sơn La')),
  'tin-tuc/index.html': Buffer.from(page('Tin tức')),
  'tin-tuc/hop-tac-quoc-te/index.html': Buffer.from(page('Hợp tác &amp; hữu nghị')),
  '_astro/site.css': Buffer.from('body{color:#0b0c0c}'),
  'images/logo.png': PNG,
  'van-ban/Quyết định 01.pdf': Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n', 'latin1'),
  '404.html': Buffer.from(page('Không tìm thấy trang')),
  '.well-known/security.txt': Buffer.from('Contact: mailto:songoaivu@sonla.gov.vn\n'),
  'admin/index.html': Buffer.from(page('Quản trị')),
  'admin/config.yml': Buffer.from('backend: github\n'),
};

/** What an archivist expects to find: public URL → file on disk and Content-Type. */
const ARCHIVED: Record<string, { file: string; mime: string }> = {
  [`${SITE_URL}/`]: { file: 'index.html', mime: 'text/html' },
  [`${SITE_URL}/.well-known/security.txt`]: { file: '.well-known/security.txt', mime: 'text/plain' },
  [`${SITE_URL}/404.html`]: { file: '404.html', mime: 'text/html' },
  [`${SITE_URL}/_astro/site.css`]: { file: '_astro/site.css', mime: 'text/css' },
  [`${SITE_URL}/images/logo.png`]: { file: 'images/logo.png', mime: 'image/png' },
  [`${SITE_URL}/tin-tuc/`]: { file: 'tin-tuc/index.html', mime: 'text/html' },
  [`${SITE_URL}/tin-tuc/hop-tac-quoc-te/`]: { file: 'tin-tuc/hop-tac-quoc-te/index.html', mime: 'text/html' },
  [`${SITE_URL}/van-ban/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2001.pdf`]: { file: 'van-ban/Quyết định 01.pdf', mime: 'application/pdf' },
};

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const workDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('songoaivu-wacz-')).length;

async function readZip(path: string): Promise<Map<string, { bytes: Buffer; stored: boolean }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const entries = new Map<string, { bytes: Buffer; stored: boolean }>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, { bytes: Buffer.concat(chunks), stored: entry.compressionMethod === 0 });
  }
  zip.close();
  return entries;
}

async function readRecords(warc: Buffer): Promise<{ record: WARCRecord; payload: Buffer }[]> {
  const records = [];
  for await (const record of WARCParser.iterRecords([warc])) {
    records.push({ record, payload: Buffer.from(await record.readFully()) });
  }
  return records;
}

let root = '';
let report: WaczReport;
let zip: Map<string, { bytes: Buffer; stored: boolean }>;
let tempsBefore = 0;
let progressText = '';
const entry = (name: string) => zip.get(name)?.bytes ?? Buffer.alloc(0);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wacz-test-'));
  for (const [file, bytes] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, 'site', file)), { recursive: true });
    writeFileSync(join(root, 'site', file), bytes);
  }
  tempsBefore = workDirs();
  report = await writeWacz({
    siteDir: join(root, 'site'),
    siteUrl: `${SITE_URL}/`,
    output: join(root, 'out/nested/site.wacz'),
    title: 'Sở Ngoại vụ tỉnh Sơn La',
    description: 'Bản lưu trữ thử',
    crawledAt: CRAWLED_AT,
    exclude: (sitePath) => sitePath.startsWith('/admin/'),
    progressOut: { isTTY: false, write: (chunk: string) => (progressText += chunk) },
  });
  zip = await readZip(join(root, 'out/nested/site.wacz'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sitePathOf and encodeSitePath', () => {
  it('maps a folder index to its URL ending in "/" and other files to their path', () => {
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('tin-tuc/abc/index.html')).toBe('/tin-tuc/abc/');
    expect(sitePathOf('_astro/x.css')).toBe('/_astro/x.css');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });

  it('percent-encodes as a browser requests the link', () => {
    const cases = ['/van-ban/Quyết định 01.pdf', '/a/b+c,d=e@f;g:h$i&j.pdf', '/tin-tuc/abc/'];
    expect(cases.map(encodeSitePath)).toEqual(['/van-ban/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2001.pdf', '/a/b+c,d=e@f;g:h$i&j.pdf', '/tin-tuc/abc/']);
    for (const path of cases) expect(new URL(encodeSitePath(path), SITE_URL).pathname).toBe(encodeSitePath(path));
    // Characters a browser would read as a query, fragment or escape must stay part of the file name.
    expect(encodeSitePath('/a/100% #1?.pdf')).toBe('/a/100%25%20%231%3F.pdf');
  });
});

describe('writeWacz (a tiny site)', () => {
  it('reports the pages, the records and the file size, and leaves no temporary folder', () => {
    expect(report.pages).toBe(4);
    expect(report.records).toBe(1 + 2 * 8);
    expect(report.bytes).toBeGreaterThan(0);
    expect(workDirs()).toBe(tempsBefore);
  });

  it('prints a progress line counting the files archived to the stream it is given', () => {
    const lines = progressText.trimEnd().split('\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Bản lưu web (WACZ): tệp ${n} / 8`));
    expect(lines.at(-1)).toMatch(/^Bản lưu web \(WACZ\): tệp 8 \/ 8, \d+:\d\d$/);
  });

  it('holds the WACZ 1.1.1 files, the WARC stored uncompressed for random access', () => {
    expect([...zip.keys()].sort()).toEqual(['archive/data.warc.gz', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdx', 'pages/pages.jsonl']);
    expect(zip.get('archive/data.warc.gz')?.stored).toBe(true);
  });

  it('datapackage.json lists every resource with its sha256 and size; the digest file signs it', () => {
    const datapackage = JSON.parse(entry('datapackage.json').toString());
    expect(datapackage).toMatchObject({
      wacz_version: '1.1.1',
      title: 'Sở Ngoại vụ tỉnh Sơn La',
      description: 'Bản lưu trữ thử',
      mainPageUrl: `${SITE_URL}/`,
      mainPageDate: '2024-01-02T03:04:05.000Z',
    });
    const resources = datapackage.resources as { path: string; hash: string; bytes: number }[];
    expect(resources.map((resource) => resource.path).sort()).toEqual(['archive/data.warc.gz', 'indexes/index.cdx', 'pages/pages.jsonl']);
    for (const resource of resources) {
      expect(resource.hash, resource.path).toBe(sha256(entry(resource.path)));
      expect(resource.bytes, resource.path).toBe(entry(resource.path).length);
    }
    expect(JSON.parse(entry('datapackage-digest.json').toString())).toMatchObject({ path: 'datapackage.json', hash: sha256(entry('datapackage.json')) });
  });

  it('pages.jsonl lists each HTML page with its title, and not the excluded admin page', () => {
    const [header, ...lines] = entry('pages/pages.jsonl')
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(header).toMatchObject({ format: 'json-pages-1.0', id: 'pages' });
    expect(lines.map(({ url, title, ts }) => ({ url, title, ts }))).toEqual([
      { url: `${SITE_URL}/`, title: 'Sở Ngoại vụ tỉnh Sơn La', ts: '2024-01-02T03:04:05.000Z' },
      { url: `${SITE_URL}/404.html`, title: 'Không tìm thấy trang', ts: '2024-01-02T03:04:05.000Z' },
      { url: `${SITE_URL}/tin-tuc/`, title: 'Tin tức', ts: '2024-01-02T03:04:05.000Z' },
      { url: `${SITE_URL}/tin-tuc/hop-tac-quoc-te/`, title: 'Hợp tác & hữu nghị', ts: '2024-01-02T03:04:05.000Z' },
    ]);
  });

  it('the CDXJ index has one sorted line per URL, status 200, the right mime, pointing at its response record', async () => {
    const lines = entry('indexes/index.cdx').toString().trim().split('\n');
    expect(lines).toEqual([...lines].sort());
    const warc = entry('archive/data.warc.gz');
    const indexed = new Map<string, Record<string, string>>();
    for (const line of lines) {
      const [urlkey = '', timestamp = ''] = line.split(' ', 2);
      const fields = JSON.parse(line.slice(urlkey.length + timestamp.length + 2)) as Record<string, string>;
      expect(urlkey).toMatch(/^vn,gov,sonla,songoaivu\)\//);
      expect(timestamp).toBe('20240102030405');
      indexed.set(fields.url!, fields);
      const [record] = await readRecords(warc.subarray(Number(fields.offset), Number(fields.offset) + Number(fields.length)));
      expect(record?.record.warcType).toBe('response');
      expect(record?.record.warcTargetURI).toBe(fields.url);
    }
    expect([...indexed.keys()].sort()).toEqual(Object.keys(ARCHIVED).sort());
    for (const [url, { file, mime }] of Object.entries(ARCHIVED)) {
      expect(indexed.get(url), url).toMatchObject({ status: '200', mime, filename: 'data.warc.gz', digest: sha256(FILES[file]!).slice(7) });
    }
  });

  it('each response is a real HTTP response whose payload is the file, byte for byte', async () => {
    const records = await readRecords(entry('archive/data.warc.gz'));
    expect(records[0]?.record.warcType).toBe('warcinfo');
    const responses = records.filter(({ record }) => record.warcType === 'response');
    expect(responses.map(({ record }) => record.warcTargetURI).sort()).toEqual(Object.keys(ARCHIVED).sort());
    for (const { record, payload } of responses) {
      const { file, mime } = ARCHIVED[record.warcTargetURI!]!;
      expect(record.warcDate).toBe('2024-01-02T03:04:05Z');
      expect(record.httpHeaders?.statusline).toBe('HTTP/1.1 200 OK');
      expect(record.httpHeaders?.headers.get('content-type')).toMatch(new RegExp(`^${mime}`));
      expect(record.httpHeaders?.headers.get('content-length')).toBe(String(FILES[file]!.length));
      expect(record.httpHeaders?.headers.get('transfer-encoding') ?? null).toBeNull();
      expect(payload.equals(FILES[file]!), file).toBe(true);
    }
  });

  it('each response has its GET request, for the public host, linked by WARC-Concurrent-To', async () => {
    const records = await readRecords(entry('archive/data.warc.gz'));
    const responseIds = new Map(
      records.filter(({ record }) => record.warcType === 'response').map(({ record }) => [record.warcTargetURI, record.warcHeader('WARC-Record-ID')]),
    );
    const requests = records.filter(({ record }) => record.warcType === 'request');
    expect(requests).toHaveLength(8);
    for (const { record } of requests) {
      expect(record.warcHeader('WARC-Concurrent-To')).toBe(responseIds.get(record.warcTargetURI));
      expect(record.httpHeaders?.statusline).toBe(`GET ${new URL(record.warcTargetURI!).pathname} HTTP/1.1`);
      expect(record.httpHeaders?.headers.get('host')).toBe('songoaivu.sonla.gov.vn');
    }
  });

  it('every record carries digests a WARC validator finds right: block (HTTP headers + body) and payload', () => {
    // Each record is its own gzip member; gunzip reads them all as one stream.
    const warc = gunzipSync(entry('archive/data.warc.gz'));
    let offset = 0;
    let checked = 0;
    while (offset < warc.length) {
      const headerEnd = warc.indexOf('\r\n\r\n', offset);
      const headers = new Map(
        warc
          .subarray(offset, headerEnd)
          .toString('utf8')
          .split('\r\n')
          .slice(1)
          .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const block = warc.subarray(headerEnd + 4, headerEnd + 4 + Number(headers.get('content-length')));
      offset = headerEnd + 4 + block.length + 4;
      if (headers.get('warc-type') === 'warcinfo') continue;
      expect(headers.get('warc-block-digest'), headers.get('warc-target-uri')).toBe(sha256(block));
      const payload = block.subarray(block.indexOf('\r\n\r\n') + 4);
      expect(headers.get('warc-payload-digest'), headers.get('warc-target-uri')).toBe(sha256(payload));
      checked++;
    }
    expect(checked).toBe(16);
  });

  it('gives the page title as written, entities decoded, without reading past it', () => {
    expect(titleOf(Buffer.from(page('Hợp tác &amp; hữu nghị &#8211; 2024')))).toBe('Hợp tác & hữu nghị – 2024');
    expect(titleOf(Buffer.from('<html><head><TITLE lang="vi">\n  Tin   tức\n</TITLE></head><body><svg><title>Biểu đồ</title></svg></body>'))).toBe('Tin tức');
    expect(titleOf(Buffer.from('<html><body>Không có tiêu đề</body></html>'))).toBeUndefined();
  });

  it('leaves the excluded paths out entirely', async () => {
    for (const name of ['indexes/index.cdx', 'pages/pages.jsonl']) expect(entry(name).toString()).not.toContain('/admin/');
    const urls = (await readRecords(entry('archive/data.warc.gz'))).map(({ record }) => record.warcTargetURI ?? '');
    expect(urls.filter((url) => url.includes('/admin/'))).toEqual([]);
  });
});

describe('writeWacz (what it refuses)', () => {
  it('a folder without a home page, and an output that is not .wacz', async () => {
    const empty = join(root, 'empty');
    mkdirSync(join(empty, 'tin-tuc'), { recursive: true });
    writeFileSync(join(empty, 'tin-tuc/index.html'), page('Tin tức'));
    const options = { siteDir: empty, siteUrl: SITE_URL, output: join(root, 'x.wacz'), title: 'x' };
    await expect(writeWacz(options)).rejects.toThrow(`Thư mục ${empty} không có index.html`);
    await expect(writeWacz({ ...options, siteDir: join(root, 'site'), output: join(root, 'x.zip') })).rejects.toThrow('phải có đuôi .wacz');
  });
});
