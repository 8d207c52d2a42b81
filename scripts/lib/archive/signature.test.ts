import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { gitState } from './make-archive';
import { CHECKSUMS, MANIFEST, isIntact, verifyArchive, writeManifest, zipFolder } from './files';
import { SIGNATURE, generateSigningKeys } from './signature';

const INFO = {
  name: 'songoaivu-sonla',
  title: 'Sở Ngoại vụ',
  site: 'https://songoaivu.sonla.gov.vn/',
  version: '0.1.0',
  commit: 'a'.repeat(40),
  uncommittedChanges: false,
  builtAt: '2026-12-01T00:00:00.000Z',
};
const KEYS = generateSigningKeys();

async function archiveFolder(signingKey?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ban-luu-'));
  mkdirSync(join(dir, 'lien-he'));
  writeFileSync(join(dir, 'index.html'), '<h1>Trang chủ</h1>');
  writeFileSync(join(dir, 'lien-he/index.html'), '<p>Đường dây nóng 0212 3850 384</p>');
  await writeManifest(dir, INFO, signingKey);
  return dir;
}

/** What a forger does: changes a page, then recomputes SHA256SUMS and manifest.json to match. */
async function forge(dir: string) {
  writeFileSync(join(dir, 'lien-he/index.html'), '<p>Đường dây nóng 0999 999 999</p>');
  await writeManifest(dir, INFO);
}

describe('archive integrity that an attacker cannot simply recompute', () => {
  it('a signed archive verifies, as a folder and as a zip', async () => {
    const dir = await archiveFolder(KEYS.privateKey);
    const zip = `${dir}.zip`;
    await zipFolder(dir, zip, new Date('2026-12-01'));
    for (const path of [dir, zip]) {
      const report = await verifyArchive(path, KEYS.publicKey);
      expect(report.signature).toBe('valid');
      expect(isIntact(report)).toBe(true);
    }
  });

  it('the zip deflates text and stores pictures as they are (deflating them again only costs time), and verifies', async () => {
    const dir = await archiveFolder();
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/anh.webp'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, '_astro/anh.JPG'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'van-ban.pdf'), Buffer.alloc(4096, 7));
    await writeManifest(dir, INFO);
    const zip = `${dir}.zip`;
    await zipFolder(dir, zip, new Date('2026-12-01'));
    const methods = new Map<string, number>();
    const opened = await yauzl.openPromise(zip, { lazyEntries: true });
    for await (const entry of opened.eachEntry()) methods.set(entry.fileName, entry.compressionMethod);
    opened.close();
    // 0: stored, 8: deflated.
    expect(Object.fromEntries(methods)).toMatchObject({ '_astro/anh.webp': 0, '_astro/anh.JPG': 0, 'van-ban.pdf': 8, 'index.html': 8, [MANIFEST]: 8 });
    const report = await verifyArchive(zip);
    expect([report.checked, report.changed, report.missing, report.added]).toEqual([6, [], [], []]);
  });

  it('content, manifest.json and SHA256SUMS rewritten together: the signature no longer matches', async () => {
    const dir = await archiveFolder(KEYS.privateKey);
    await forge(dir);
    const report = await verifyArchive(dir, KEYS.publicKey);
    expect(report.changed).toEqual([]);
    expect(report.signature).toBe('invalid');
    expect(isIntact(report)).toBe(false);
  });

  it('the signature dropped, or made with another key, or no key to check with', async () => {
    const unsigned = await archiveFolder();
    expect((await verifyArchive(unsigned, KEYS.publicKey)).signature).toBe('unsigned');
    const other = await archiveFolder(generateSigningKeys().privateKey);
    expect((await verifyArchive(other, KEYS.publicKey)).signature).toBe('invalid');
    expect((await verifyArchive(other, undefined)).signature).toBe('no-public-key');
    expect(isIntact(await verifyArchive(unsigned, KEYS.publicKey))).toBe(false);
  });

  it('OpenSSL verifies the signature with the public key alone', async () => {
    const dir = await archiveFolder(KEYS.privateKey);
    writeFileSync(join(dir, '..', 'khoa.pub.pem'), KEYS.publicKey);
    writeFileSync(join(dir, '..', 'manifest.sig'), Buffer.from(readFileSync(join(dir, SIGNATURE), 'utf8'), 'base64'));
    const output = execFileSync(
      'openssl',
      [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(dir, '..', 'khoa.pub.pem'),
        '-rawin',
        '-in',
        join(dir, MANIFEST),
        '-sigfile',
        join(dir, '..', 'manifest.sig'),
      ],
      { encoding: 'utf8' },
    );
    expect(output).toContain('Signature Verified Successfully');
  });

  it('a zip with two entries of one name is refused', async () => {
    const dir = await archiveFolder(KEYS.privateKey);
    const zip = new yazl.ZipFile();
    for (const name of ['index.html', 'lien-he/index.html', CHECKSUMS, SIGNATURE, MANIFEST]) zip.addFile(join(dir, name), name);
    zip.addBuffer(Buffer.from('<p>bản giả</p>'), 'lien-he/index.html');
    zip.end();
    const path = `${dir}-trung.zip`;
    await pipeline(zip.outputStream, createWriteStream(path));
    await expect(verifyArchive(path, KEYS.publicKey)).rejects.toThrow(`tệp lien-he/index.html có hai lần trong ${path}`);
  });

  it('an untracked file counts as an uncommitted change', () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=a@b.vn', '-c', 'user.name=A', ...args], { cwd: repo });
    git('init', '-q');
    writeFileSync(join(repo, 'a.md'), 'a');
    git('add', 'a.md');
    git('commit', '-qm', 'a');
    expect(gitState(repo).uncommittedChanges).toBe(false);
    writeFileSync(join(repo, 'moi.md'), 'chưa commit');
    expect(gitState(repo).uncommittedChanges).toBe(true);
  });
});
