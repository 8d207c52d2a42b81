import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from './previous-output';

function previousBuild(files: string[]): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'previous-output-'));
  const outDir = join(parent, 'dist');
  for (const file of files) {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), 'old');
  }
  return { parent, outDir };
}

describe('setAsidePreviousOutput', () => {
  it('empties the output folder at once and deletes the old files beside it before the build ends', async () => {
    const { parent, outDir } = previousBuild(['index.html', 'tin-tuc/a/index.html', '_astro/x.avif']);
    const removed = setAsidePreviousOutput(outDir)!;
    expect(existsSync(outDir)).toBe(false);
    await removed;
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes a folder an interrupted build left, and leaves other folders alone', async () => {
    const { parent, outDir } = previousBuild(['index.html']);
    mkdirSync(join(parent, 'dist.previous-1-2/tin-tuc'), { recursive: true });
    mkdirSync(join(parent, 'dist-other'));
    await setAsidePreviousOutput(outDir);
    expect(readdirSync(parent).sort()).toEqual(['dist-other']);
  });

  it('moves nothing when there is no previous output, or when it holds a .git folder Astro keeps', () => {
    const empty = previousBuild([]);
    expect(setAsidePreviousOutput(empty.outDir)).toBeUndefined();
    const withGit = previousBuild(['index.html', '.git/HEAD']);
    expect(setAsidePreviousOutput(withGit.outDir)).toBeUndefined();
    expect(readdirSync(withGit.outDir).sort()).toEqual(['.git', 'index.html']);
  });
});
