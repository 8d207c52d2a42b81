import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically, stagingDirFor } from './atomic-build';
import { BuildLockedError, acquireBuildLock } from './lock';

function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  const outDir = join(root, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'bản cũ');
  return { root, outDir, lockFile: join(root, '.tmp/build.lock') };
}

describe('a build never publishes half a site', () => {
  it('a build that fails half way leaves the previous dist/ whole and no staging folder', async () => {
    const { outDir, lockFile } = checkout();
    const failing = buildAtomically({
      outDir,
      lockFile,
      build: async (staging) => {
        mkdirSync(staging, { recursive: true });
        writeFileSync(join(staging, 'index.html'), 'nửa chừng');
        throw new Error('exit 1');
      },
    });
    await expect(failing).rejects.toThrow('exit 1');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản cũ');
    expect(existsSync(stagingDirFor(outDir))).toBe(false);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('a build that succeeds replaces dist/ whole: nothing of the old one is left', async () => {
    const { outDir, lockFile } = checkout();
    writeFileSync(join(outDir, 'cu.html'), 'trang đã xóa');
    await buildAtomically({
      outDir,
      lockFile,
      build: async (staging) => {
        mkdirSync(staging, { recursive: true });
        writeFileSync(join(staging, 'index.html'), 'bản mới');
      },
    });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản mới');
    expect(existsSync(join(outDir, 'cu.html'))).toBe(false);
  });

  it('a second build in the same checkout stops with a message while the first runs; a stale lock is taken over', async () => {
    const { outDir, lockFile } = checkout();
    let second: unknown;
    await buildAtomically({
      outDir,
      lockFile,
      build: async (staging) => {
        mkdirSync(staging, { recursive: true });
        second = await buildAtomically({ outDir, lockFile, build: async () => {} }).catch((error: unknown) => error);
      },
    });
    expect(second).toBeInstanceOf(BuildLockedError);
    expect((second as Error).message).toMatch(/^Một lần dựng trang khác \(tiến trình \d+\) đang chạy trong thư mục này\. Chờ nó xong rồi chạy lại/);

    mkdirSync(join(lockFile, '..'), { recursive: true });
    writeFileSync(lockFile, '999999999');
    const release = acquireBuildLock(lockFile);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
  });
});
