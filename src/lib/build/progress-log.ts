/**
 * The build's log handler (astro.config.mjs `logger`): Astro's own console output, except that Astro 7's
 * one line per optimized image, each ending in `(n/total)`, becomes one progress line
 * "Ảnh 120 / 4800, 0:42, còn ~27:18" (src/lib/build/progress.ts).
 * Loaded by Node itself, so it imports only its sibling, by the `.ts` name Node needs.
 */
import nodeLog from 'astro/logger/node';
import { createProgress, type Progress } from './progress.ts';

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
  let images: { progress: Progress; total: number } | undefined;
  return {
    write(event: LogEvent) {
      const count = event.level === 'info' ? imageCount(event.message) : undefined;
      if (!count) {
        images?.progress.clear();
        inner.write(event);
        return;
      }
      // Astro counts each batch of images from 1.
      if (!images || count.done <= 1 || count.total !== images.total) {
        images = { progress: createProgress({ label: 'Ảnh', total: count.total, out }), total: count.total };
      }
      images.progress.set(count.done);
    },
  };
}
