import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { WARCParser } from 'warcio';
import yauzl from 'yauzl';
import { addCapture, captureKey, emptySite, type SavedSite } from './captures';

/** Adds the responses of one WARC (plain or gzipped; warcio detects which). */
async function readWarcStream(site: SavedSite, stream: Readable, name: string): Promise<void> {
  const parser = new WARCParser(stream);
  for await (const record of parser) {
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const url = record.warcTargetURI;
    if (!url || !/^https?:/i.test(url)) continue;
    const status = record.httpHeaders?.statusCode ?? 200;
    const headers = record.httpHeaders?.headers;
    if (Number(status) >= 300 && Number(status) < 400) {
      const location = headers?.get('location');
      if (location) site.redirects.set(captureKey(url), new URL(location, url).href);
      site.hosts.add(new URL(url).host.toLowerCase());
      continue;
    }
    if (Number(status) !== 200) continue;
    const bytes = Buffer.from(await record.readFully(true));
    addCapture(site, { url, bytes, contentType: headers?.get('content-type') ?? record.warcContentType ?? undefined, origin: `${name} (${url})` });
  }
}

export async function readWarc(path: string): Promise<SavedSite> {
  const site = emptySite('warc');
  await readWarcStream(site, createReadStream(path), path);
  return site;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((done, fail) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? fail(error) : done(zip))));
}

/** Reads a WACZ: a zip whose `archive/` folder holds the WARC files. */
export async function readWacz(path: string): Promise<SavedSite> {
  const site = emptySite('wacz');
  const zip = await openZip(path);
  try {
    const warcs: yauzl.Entry[] = [];
    await new Promise<void>((done, fail) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (/^archive\/[^/]+\.warc(?:\.gz)?$/i.test(entry.fileName)) warcs.push(entry);
        zip.readEntry();
      });
      zip.on('end', done);
      zip.on('error', fail);
      zip.readEntry();
    });
    if (warcs.length === 0) throw new Error(`Tệp ${path} không có tệp WARC nào trong thư mục archive/: đây không phải một tệp WACZ.`);
    for (const entry of warcs) {
      const stream = await new Promise<Readable>((done, fail) => zip.openReadStream(entry, (error, read) => (error ? fail(error) : done(read))));
      await readWarcStream(site, stream, `${path}:${entry.fileName}`);
    }
  } finally {
    zip.close();
  }
  site.kind = 'wacz';
  return site;
}
