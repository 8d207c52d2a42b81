/**
 * Archive copies of a built site, for the department and the provincial
 * archive: a zip that works from a disk, with a manifest of checksums, and a
 * WACZ of the site as served, the format web archives ingest.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ProgressOutput } from '../../../src/lib/build/progress';
import { formatDate, toIsoDay } from '../../../src/lib/shared/dates';
import { CHECKSUMS, MANIFEST, writeManifest, zipFolder, type Manifest } from './files';
import { makeOfflineCopy, type OfflineCopyReport } from './offline-copy';
import { isHostFile } from '../../../src/lib/publish';
import { writeWacz, type WaczReport } from './wacz';

/** The read-me at the archive's root, for whoever opens it years from now. */
export const README = 'DOC-TRUOC.txt';

export interface GitState {
  commit: string;
  uncommittedChanges: boolean;
}

/** The commit the working tree is at, and whether it has uncommitted changes; 'unknown' outside Git. */
export function gitState(cwd = process.cwd()): GitState {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    // Untracked files count: a page built from a file never committed is not the commit's.
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd, encoding: 'utf8' });
    return { commit, uncommittedChanges: status.trim() !== '' };
  } catch {
    return { commit: 'unknown', uncommittedChanges: true };
  }
}

/** `songoaivu-sonla-2026-11-29-71ba2de`, with `-sua-doi` when built from uncommitted changes. */
export function archiveName(name: string, builtAt: Date, git: GitState): string {
  return `${name}-${toIsoDay(builtAt)}-${git.commit.slice(0, 7)}${git.uncommittedChanges ? '-sua-doi' : ''}`;
}

export interface ArchiveOptions {
  /** A built site (the output of `astro build`). */
  siteDir: string;
  /** Where the .zip and .wacz are written. */
  outDir: string;
  /** Where the offline copy is assembled before it is zipped. */
  workDir: string;
  builtAt?: Date;
  git?: GitState;
  /** The Ed25519 private key (PEM) that signs the manifest (scripts/lib/archive/signature.ts); unsigned without. */
  signingKey?: string;
  /** Where the copies print their progress lines (src/lib/build/progress.ts); nowhere without. */
  progressOut?: ProgressOutput;
}

export interface ArchiveReport {
  zip: string;
  wacz: string;
  manifest: Manifest;
  offline: OfflineCopyReport;
  web: WaczReport;
  zipBytes: number;
}

function readme(manifest: Omit<Manifest, 'files' | 'about' | 'algorithm'>, shortCommit: string): string {
  const day = formatDate(new Date(manifest.builtAt));
  return `${manifest.title} — bản lưu ngoại tuyến / offline archive copy
${manifest.site}
Tạo ngày / made on ${day} (${manifest.builtAt}), phiên bản / version ${manifest.version}, commit ${shortCommit}${manifest.uncommittedChanges ? ' (có sửa đổi chưa commit / with uncommitted changes)' : ''}

TIẾNG VIỆT
- Mở tệp index.html bằng trình duyệt (Chrome, Edge, Firefox, Safari). Không cần mạng, không cần máy chủ.
- Mọi trang, ảnh, video lưu trên trang và tệp đính kèm của văn bản đều nằm trong thư mục này.
- Tìm kiếm: trang "Tìm kiếm" tìm trong toàn văn các tin, văn bản, album, video và trang giới thiệu,
  gõ có dấu hay không dấu đều được (cần bật JavaScript). Liên kết ra ngoài (cổng Chính phủ, YouTube…)
  chỉ mở được khi có mạng.
- Kiểm tra toàn vẹn: ${MANIFEST} ghi mã SHA-256 của từng tệp. Chạy "npm run archive:verify <tệp .zip>"
  trong mã nguồn của trang, hoặc "sha256sum -c ${CHECKSUMS}" trong thư mục này.

ENGLISH
- Open index.html in a web browser. No network or server is needed.
- Every page, picture, self-hosted video and document attachment is inside this folder.
- Search: the "Tìm kiếm" page searches the full text of news, documents, albums, videos and the
  introduction pages, with or without Vietnamese diacritics (JavaScript must be on). Links to other
  sites (government portals, YouTube) only open with a network.
- Fixity: ${MANIFEST} lists every file with its SHA-256. Run "npm run archive:verify <file.zip>" from the
  site's source code, or "sha256sum -c ${CHECKSUMS}" in this folder.
`;
}

/** The public address and name of a built site, read from its home page. */
async function siteIdentity(siteDir: string): Promise<{ site: string; title: string }> {
  const { document } = parseHTML(await readFile(join(siteDir, 'index.html'), 'utf8'));
  const site = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!site) throw new Error(`${siteDir}/index.html has no canonical address: is it a build of this site?`);
  return { site, title: (document.title.split('|').at(-1) ?? document.title).trim() };
}

/** Writes `<outDir>/<name>.zip` (offline copy + manifest) and `<outDir>/<name>.wacz` from a built site. */
export async function createArchive(options: ArchiveOptions): Promise<ArchiveReport> {
  const builtAt = options.builtAt ?? new Date();
  const git = options.git ?? gitState();
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
  const { site, title } = await siteIdentity(options.siteDir);
  const name = archiveName(pkg.name, builtAt, git);
  const shortCommit = git.commit.slice(0, 7);
  const copyDir = join(options.workDir, name);

  const offline = await makeOfflineCopy({
    siteDir: options.siteDir,
    outDir: copyDir,
    notice: `Bản lưu ngoại tuyến của ${new URL(site).host}, tạo ngày ${formatDate(builtAt)} (phiên bản ${pkg.version}, commit ${shortCommit}). Nội dung trên trang chính thức có thể đã được cập nhật.`,
    progressOut: options.progressOut,
  });
  const info = {
    name: pkg.name,
    title,
    site,
    version: pkg.version,
    commit: git.commit,
    uncommittedChanges: git.uncommittedChanges,
    builtAt: builtAt.toISOString(),
  };
  await writeFile(join(copyDir, README), readme(info, shortCommit));
  const manifest = await writeManifest(copyDir, info, options.signingKey);
  await mkdir(options.outDir, { recursive: true });
  const zip = join(options.outDir, `${name}.zip`);
  await zipFolder(copyDir, zip, builtAt);
  const wacz = join(options.outDir, `${name}.wacz`);
  const web = await writeWacz({
    siteDir: options.siteDir,
    siteUrl: new URL(site).origin,
    output: wacz,
    title,
    description: `${title} (${site}), phiên bản ${pkg.version}, commit ${shortCommit}`,
    crawledAt: builtAt,
    // `_headers`, `.br` copies and the like are read by the hosts, never served as themselves.
    exclude: (path) => path.startsWith('/admin/') || isHostFile(path),
    progressOut: options.progressOut,
  });
  await rm(copyDir, { recursive: true, force: true });
  return { zip, wacz, manifest, offline, web, zipBytes: (await stat(zip)).size };
}
