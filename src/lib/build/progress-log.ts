/**
 * The build's log handler (astro.config.mjs `logger`): Astro's own console output, except that Astro 7's
 * one line per optimized image, each ending in `(n/total)`, becomes one updating line
 * "Ảnh 120 / 4800, 0:42, còn ~27:18" on a terminal, and a line every 10 % in CI logs.
 * Loaded by Node itself, so this file imports nothing of the project.
 */
import nodeLog from 'astro/logger/node';

const clock = (ms: number): string => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

/** `label n / total, elapsed, estimate left`, the estimate from the average pace so far. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const left = done > 0 && done < total ? `, còn ~${clock((elapsedMs / done) * (total - done))}` : '';
  return `${label} ${done} / ${total}, ${clock(elapsedMs)}${left}`;
}

/** The `n` and `total` of one of Astro's per-image lines (`▶ /_astro/x.avif (before…) (+12ms) (3/480)`). */
export function imageCount(message: string): { done: number; total: number } | undefined {
  // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes, which begin with ESC
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  const match = /^\s*▶ \S+ .*\((\d+)\/(\d+)\)\s*$/.exec(plain);
  return match ? { done: Number(match[1]), total: Number(match[2]) } : undefined;
}

type Destination = ReturnType<typeof nodeLog>;
type LogEvent = Parameters<Destination['write']>[0];

export default function progressLog(config?: Parameters<typeof nodeLog>[0], out: NodeJS.WriteStream = process.stdout): Destination {
  const inner = nodeLog(config);
  let started = 0;
  let open = false;
  let lastTenth = -1;
  return {
    write(event: LogEvent) {
      const count = event.level === 'info' ? imageCount(event.message) : undefined;
      if (!count) {
        if (open) out.write('\n');
        open = false;
        inner.write(event);
        return;
      }
      if (count.done <= 1 || !started) started = Date.now();
      const line = progressLine('Ảnh', count.done, count.total, Date.now() - started);
      if (out.isTTY) {
        out.write(`\r${line}\u001b[K`);
        open = count.done < count.total;
        if (!open) out.write('\n');
      } else {
        const tenth = Math.floor((count.done * 10) / count.total);
        if (tenth !== lastTenth || count.done === count.total) out.write(`${line}\n`);
        lastTenth = tenth;
      }
    },
  };
}
