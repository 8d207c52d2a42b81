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
import { SIGNATURE, manifestSignatureIsValid, signManifest } from './signature';
import { mapPool } from '../../../src/lib/shared/pool';

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

/** Files read or copied at once: enough to keep the disk busy, far below the open-files limit. */
export const FILES_AT_ONCE = 16;

/** Every file under `dir` (slash-separated, sorted), the manifest itself excepted. */
async function filesOf(dir: string): Promise<string[]> {
  return (await glob('**/*', { cwd: dir, dot: true })).filter((file) => file !== MANIFEST).sort();
}

/** The files a manifest lists: all but itself and its signature. */
const payloadOf = async (dir: string) => (await filesOf(dir)).filter((file) => file !== SIGNATURE);

/**
 * Writes SHA256SUMS, then manifest.json listing every file (SHA256SUMS
 * included), at the root of `dir`.
 */
export async function writeManifest(dir: string, info: ManifestInfo, signingKey?: string): Promise<Manifest> {
  const hashOf = async (file: string): Promise<ManifestFile> => ({ path: file, ...(await sha256(createReadStream(join(dir, file)))) });
  // A few files at a time: a 10,000-entry site has ~150,000, more than a process may open at once.
  const payload = await mapPool(
    (await payloadOf(dir)).filter((file) => file !== CHECKSUMS),
    FILES_AT_ONCE,
    hashOf,
  );
  await writeFile(join(dir, CHECKSUMS), payload.map((file) => `${file.sha256}  ${file.path}\n`).join(''));
  const manifest: Manifest = {
    about: 'Every file of this archive with its SHA-256. Check with `npm run archive:verify <zip>` or `sha256sum -c SHA256SUMS`.',
    ...info,
    algorithm: 'sha256',
    files: [...payload, await hashOf(CHECKSUMS)].sort((a, b) => a.path.localeCompare(b.path)),
  };
  const text = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, MANIFEST), text);
  if (signingKey) await writeFile(join(dir, SIGNATURE), `${signManifest(text, signingKey)}\n`);
  return manifest;
}

/** Formats compressed already: deflating them again costs time and saves next to nothing, so they are stored. */
const ALREADY_COMPRESSED = /\.(jpe?g|png|webp|avif|gif|mp4|webm|mp3|m4a|ogg|woff2?|zip|gz|br)$/i;

/** Zips `dir` with its files at the zip's root, in name order, every entry dated `date`. */
export async function zipFolder(dir: string, zipPath: string, date: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of await filesOf(dir)) zip.addFile(join(dir, file), file, { mtime: date, compress: !ALREADY_COMPRESSED.test(file) });
  zip.addFile(join(dir, MANIFEST), MANIFEST, { mtime: date });
  zip.end();
  await mkdir(dirname(zipPath), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}

export class DuplicateEntryError extends Error {
  constructor(
    readonly zipPath: string,
    readonly entry: string,
  ) {
    super(`tệp ${entry} có hai lần trong ${zipPath}; một bản lưu thật không bao giờ như vậy`);
  }
}

/** Calls `visit` with each file entry of a zip and a stream of its bytes, one after another. */
export function readZip(zipPath: string, visit: (name: string, content: Readable) => Promise<void>): Promise<void> {
  return new Promise((done, fail) => {
    yauzl.open(zipPath, { lazyEntries: true, decodeStrings: true }, (error, zip) => {
      if (error) return fail(error);
      zip.on('error', fail);
      zip.on('end', () => done());
      const seen = new Set<string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        // Two entries of one name: tools disagree on which one counts, so a check could read one and a reader open the other.
        if (seen.has(entry.fileName)) return fail(new DuplicateEntryError(zipPath, entry.fileName));
        seen.add(entry.fileName);
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
  /**
   * The manifest's signature against the trusted public key: `unsigned` when the
   * archive has none, `invalid` when it does not match, `no-public-key` when there
   * is no key to check it with.
   */
  signature: 'valid' | 'unsigned' | 'invalid' | 'no-public-key';
  /** Set when the manifest itself cannot be read. */
  problem?: string;
}

export const isIntact = (report: VerifyReport) =>
  !report.problem && report.signature === 'valid' && report.changed.length === 0 && report.missing.length === 0 && report.added.length === 0;

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Checks an archive (a .zip, or the folder it was unzipped to) against its
 * manifest, and the manifest against its signature with `publicKey` (PEM; the
 * key must come from outside the archive, else a forger would ship their own).
 */
export async function verifyArchive(path: string, publicKey?: string): Promise<VerifyReport> {
  const found = new Map<string, string>();
  let manifestBytes: Buffer | undefined;
  let signature: string | undefined;
  if ((await stat(path)).isDirectory()) {
    for (const file of await payloadOf(path)) found.set(file, (await sha256(createReadStream(join(path, file)))).sha256);
    manifestBytes = await readFile(join(path, MANIFEST)).catch(() => undefined);
    signature = await readFile(join(path, SIGNATURE), 'utf8').catch(() => undefined);
  } else {
    await readZip(path, async (name, content) => {
      if (name === MANIFEST) manifestBytes = await bytesOf(content);
      else if (name === SIGNATURE) signature = (await bytesOf(content)).toString('utf8');
      else found.set(name, (await sha256(content)).sha256);
    });
  }
  const signatureState: VerifyReport['signature'] =
    signature === undefined
      ? 'unsigned'
      : !publicKey
        ? 'no-public-key'
        : manifestBytes && manifestSignatureIsValid(manifestBytes, signature, publicKey)
          ? 'valid'
          : 'invalid';
  const report: VerifyReport = { checked: 0, changed: [], missing: [], added: [], signature: signatureState };
  if (manifestBytes === undefined) return { ...report, problem: `thiếu ${MANIFEST}` };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    if (!Array.isArray(manifest.files)) throw new Error('không có danh sách tệp');
  } catch (error) {
    return { ...report, problem: `không đọc được ${MANIFEST}: ${(error as Error).message}` };
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
