import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Running, not merely a zombie waiting for a parent (in a container, nobody may reap it). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

/** A build stand-in: a child that starts a worker of its own and never ends. */
const FIXTURE = resolve('tests/fixtures/build-signal.ts');

describe('SIGTERM and SIGINT stop the whole build', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: the builder, its child and the child’s worker are gone; dist/ is kept, the staging folder removed`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'build-signal-'));
      const runner = spawn(process.execPath, ['--import', 'tsx', FIXTURE, root], { stdio: ['ignore', 'pipe', 'inherit'] });
      const pids = await new Promise<number[]>((done) => {
        let text = '';
        runner.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const match = /workers (\d+) (\d+)\n/.exec(text);
          if (match) done([Number(match[1]), Number(match[2])]);
        });
      });
      expect(pids.every(alive)).toBe(true);
      const exit = new Promise<number | null>((done) => runner.on('close', (code) => done(code)));
      runner.kill(signal);
      expect(await exit).toBe(signal === 'SIGINT' ? 130 : 143);
      await new Promise((done) => setTimeout(done, 200));
      expect(pids.filter(alive)).toEqual([]);
      expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('bản cũ');
      expect(existsSync(join(root, '.dist-dang-dung'))).toBe(false);
      expect(existsSync(join(root, '.tmp/build.lock'))).toBe(false);
    });
  }
});
