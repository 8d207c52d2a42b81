/**
 * A build that cannot publish half a site: every step writes into a fresh
 * folder beside the output, and the output is replaced by it only when all of
 * them succeeded. A failed or interrupted build leaves the previous output as
 * it was, and no partial folder behind.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireBuildLock } from './lock';

export interface AtomicBuildOptions {
  /** Where the finished site goes (`dist`). */
  outDir: string;
  /** Builds into the folder given; rejects on failure. */
  build: (stagingDir: string) => Promise<void>;
  /** The lock file of the checkout. */
  lockFile?: string;
}

/** The staging folder for `outDir`: beside it, so the final move is a rename on one disk. */
export const stagingDirFor = (outDir: string) => join(dirname(resolve(outDir)), `.${basename(outDir)}-dang-dung`);

/**
 * Runs `build` into a staging folder under the checkout's lock, then moves the
 * result into `outDir`. On failure (or on SIGINT/SIGTERM, through `abort`) the
 * staging folder is removed and `outDir` is untouched.
 */
export async function buildAtomically({ outDir, build, lockFile = '.tmp/build.lock' }: AtomicBuildOptions): Promise<void> {
  const release = acquireBuildLock(lockFile);
  const staging = stagingDirFor(outDir);
  const cleanUp = () => {
    rmSync(staging, { recursive: true, force: true });
    release();
  };
  const onExit = () => cleanUp();
  process.once('exit', onExit);
  try {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(dirname(staging), { recursive: true });
    await build(staging);
    const old = `${staging}-cu`;
    rmSync(old, { recursive: true, force: true });
    // Two renames: the old output stays whole until the new one is complete.
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    process.off('exit', onExit);
    cleanUp();
  }
}
