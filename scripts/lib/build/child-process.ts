/**
 * A child process whose whole tree stops with the command: the child gets
 * its own process group, and SIGINT/SIGTERM to this process are passed to
 * that group (Astro starts workers of its own; killing `npm run build` left
 * `astro build` running before).
 */
import { spawn } from 'node:child_process';

export interface GroupRun {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Each line the child prints (stdout and stderr). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export class InterruptedError extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`dừng theo yêu cầu (${signal})`);
  }
}

/** Runs the child; resolves on exit code 0, rejects with its code or the signal that stopped it. */
export function runInGroup({ command, args, env = process.env, onLine }: GroupRun): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stoppedBy: NodeJS.Signals | undefined;
    const stop = (signal: NodeJS.Signals) => {
      stoppedBy = signal;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    const onSignal = (signal: NodeJS.Signals) => stop(signal);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (const name of ['stdout', 'stderr'] as const) {
      let rest = '';
      child[name].on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) onLine?.(line, name);
      });
      child[name].on('end', () => rest && onLine?.(rest, name));
    }
    child.on('error', fail);
    child.on('close', (code) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Workers the child left behind in its group stop too.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // None left.
      }
      if (stoppedBy) fail(new InterruptedError(stoppedBy));
      else if (code === 0) done();
      else fail(new Error(`exit ${code}`));
    });
  });
}
