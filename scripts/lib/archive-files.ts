/**
 * The archive's fixity: a manifest of every file with its SHA-256 (plus a
 * SHA256SUMS file that `sha256sum -c` checks with no tool of ours), the zip
 * itself, and the check that finds any file changed, missing or added.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { glob } from 'tinyglobby';

export const MANIFEST = 'manifest.json';
export const CHECKSUMS = 'SHA256SUMS';

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  /** What this file is, for whoever opens it without our tools. */
  about: string;
  name: string;
  title: string;
  /** The public address the copy was made from. */
  site: string;
  /** package.json version. */
  version: string;
  commit: string;
  /** True when the build had changes not committed to Git. */
  uncommittedChanges: boolean;
  builtAt: string;
  algorithm: 'sha256';
  files: ManifestFile[];
}

export type ManifestInfo = Omit<Manifest, 'about' | 'algorithm' | 'files'>;

async function sha256(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Every file under `dir` (slash-separated, sorted), the manifest itself excepted. */
async function filesOf(dir: string): Promise<string[]> {
  return (await glob('**/*', { cwd: dir, dot: true })).filter((file) => file !== MANIFEST).sort();
}

/**
 * Writes SHA256SUMS, then manifest.json listing every file (SHA256SUMS
 * included), at the root of `dir`.
 */
export async function writeManifest(dir: string, info: ManifestInfo): Promise<Manifest> {
  const hashOf = async (file: string): Promise<ManifestFile> => ({ path: file, ...(await sha256(createReadStream(join(dir, file)))) });
  const payload = await Promise.all((await filesOf(dir)).filter((file) => file !== CHECKSUMS).map(hashOf));
  await writeFile(join(dir, CHECKSUMS), payload.map((file) => `${file.sha256}  ${file.path}\n`).join(''));
  const manifest: Manifest = {
    about: 'Every file of this archive with its SHA-256. Check with `npm run archive:verify <zip>` or `sha256sum -c SHA256SUMS`.',
    ...info,
    algorithm: 'sha256',
    files: [...payload, await hashOf(CHECKSUMS)].sort((a, b) => a.path.localeCompare(b.path)),
  };
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Zips `dir` with its files at the zip's root, in name order, every entry dated `date`. */
export async function zipFolder(dir: string, zipPath: string, date: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of await filesOf(dir)) zip.addFile(join(dir, file), file, { mtime: date });
  zip.addFile(join(dir, MANIFEST), MANIFEST, { mtime: date });
  zip.end();
  await mkdir(dirname(zipPath), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}

/** Calls `visit` with each file entry of a zip and a stream of its bytes, one after another. */
export function readZip(zipPath: string, visit: (name: string, content: Readable) => Promise<void>): Promise<void> {
  return new Promise((done, fail) => {
    yauzl.open(zipPath, { lazyEntries: true, decodeStrings: true }, (error, zip) => {
      if (error) return fail(error);
      zip.on('error', fail);
      zip.on('end', () => done());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          visit(entry.fileName, stream).then(() => zip.readEntry(), fail);
        });
      });
      zip.readEntry();
    });
  });
}

/** Unzips `zipPath` into `outDir`; refuses entries that would land outside it. */
export async function extractZip(zipPath: string, outDir: string): Promise<void> {
  await readZip(zipPath, async (name, content) => {
    const target = join(outDir, name);
    if (!target.startsWith(join(outDir, '/'))) throw new Error(`${zipPath}: entry ${name} points outside the folder`);
    await mkdir(dirname(target), { recursive: true });
    await pipeline(content, createWriteStream(target));
  });
}

export interface VerifyReport {
  manifest?: Manifest;
  checked: number;
  changed: string[];
  missing: string[];
  added: string[];
  /** Set when the manifest itself cannot be read. */
  problem?: string;
}

export const isIntact = (report: VerifyReport) =>
  !report.problem && report.changed.length === 0 && report.missing.length === 0 && report.added.length === 0;

/** Checks an archive (a .zip, or the folder it was unzipped to) against its manifest. */
export async function verifyArchive(path: string): Promise<VerifyReport> {
  const found = new Map<string, string>();
  let manifestText: string | undefined;
  if ((await stat(path)).isDirectory()) {
    for (const file of await filesOf(path)) found.set(file, (await sha256(createReadStream(join(path, file)))).sha256);
    manifestText = await readFile(join(path, MANIFEST), 'utf8').catch(() => undefined);
  } else {
    await readZip(path, async (name, content) => {
      if (name === MANIFEST) {
        const chunks: Buffer[] = [];
        for await (const chunk of content) chunks.push(chunk as Buffer);
        manifestText = Buffer.concat(chunks).toString('utf8');
      } else {
        found.set(name, (await sha256(content)).sha256);
      }
    });
  }
  const report: VerifyReport = { checked: 0, changed: [], missing: [], added: [] };
  if (manifestText === undefined) return { ...report, problem: `${MANIFEST} is missing` };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
    if (!Array.isArray(manifest.files)) throw new Error('no list of files');
  } catch (error) {
    return { ...report, problem: `${MANIFEST} cannot be read: ${(error as Error).message}` };
  }
  const listed = new Set<string>();
  for (const file of manifest.files) {
    listed.add(file.path);
    const hash = found.get(file.path);
    if (hash === undefined) report.missing.push(file.path);
    else {
      report.checked += 1;
      if (hash !== file.sha256) report.changed.push(file.path);
    }
  }
  report.added = [...found.keys()].filter((file) => !listed.has(file)).sort();
  return { ...report, manifest };
}
