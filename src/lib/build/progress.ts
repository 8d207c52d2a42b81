/**
 * One progress line for long work (image encoding, search indexing, archive copies, the benchmark):
 * "Ảnh 120 / 4800, 0:42, còn ~27:18", rewritten in place on a terminal, and a line every 10 % in a
 * CI log, so that thousands of items print about ten lines.
 * Loaded by Node itself through src/lib/build/progress-log.ts, so this file imports nothing.
 */

/** A stream (a terminal gets the line rewritten in place), or a log that takes whole lines (a line every 10 %). */
export type ProgressOutput = { readonly isTTY?: boolean; write(chunk: string): unknown } | ((line: string) => void);

export interface ProgressOptions {
  /** What is counted, in Vietnamese: 'Ảnh', 'Tìm kiếm'… */
  label: string;
  total: number;
  out: ProgressOutput;
  /** The clock, in milliseconds; a test passes its own. */
  now?: () => number;
}

export interface Progress {
  /** `count` more done (one by default; 0 draws the line again after `clear`). */
  tick(count?: number): void;
  /** `done` of the total done, when the work counts itself (Astro's `(n/total)`). */
  set(done: number): void;
  /** Takes the line off a terminal, so that another can be printed in its place; the next tick draws it again below. */
  clear(): void;
  /** The work is over: the last count is printed, once, and the line ended. */
  done(): void;
}

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

/** A progress line counting from now; nothing is printed when there is nothing to count. */
export function createProgress({ label, total, out, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  const terminal = typeof out !== 'function' && out.isTTY === true ? out : undefined;
  const printLine = typeof out === 'function' ? out : (line: string) => out.write(`${line}\n`);
  let count = 0;
  // A terminal's line drawn and not yet ended.
  let open = false;
  let printedCount = -1;
  let printedTenth = -1;
  let finished = false;

  const show = (last: boolean) => {
    if (finished || total <= 0) return;
    const line = progressLine(label, count, total, now() - started);
    if (terminal) {
      terminal.write(`\r${line}\u001b[K${last ? '\n' : ''}`);
      open = !last;
    } else {
      const tenth = Math.floor((Math.min(count, total) * 10) / total);
      if (tenth !== printedTenth || (last && printedCount !== count)) {
        printLine(line);
        printedCount = count;
      }
      printedTenth = tenth;
    }
    finished = last;
  };

  return {
    tick(more = 1) {
      count += more;
      show(count >= total);
    },
    set(done) {
      count = done;
      show(count >= total);
    },
    clear() {
      if (open) terminal?.write('\r\u001b[K');
      open = false;
    },
    done() {
      show(true);
    },
  };
}
