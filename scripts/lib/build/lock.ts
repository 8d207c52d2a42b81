/**
 * One build at a time in a checkout: a second one would write into the same
 * cache and output and corrupt both. The lock is a file holding the pid of
 * the build that took it; a lock whose process is gone (a build killed with
 * SIGKILL, a machine restarted) is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

export class BuildLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `Một lần dựng trang khác (tiến trình ${pid}) đang chạy trong thư mục này. Chờ nó xong rồi chạy lại; nếu chắc chắn không còn lần dựng nào, xóa tệp ${lockFile}.`,
    );
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock or throws BuildLockedError; returns the function that releases it. */
export function acquireBuildLock(lockFile: string): () => void {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new BuildLockedError(lockFile, pid);
      rmSync(lockFile, { force: true });
    }
  }
  throw new BuildLockedError(lockFile, 0);
}
