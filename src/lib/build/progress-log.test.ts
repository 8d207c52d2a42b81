import { describe, expect, it } from 'vitest';
import progressLog, { imageCount } from './progress-log';

const astroImageLine = (n: number, total: number) =>
  `  \u001b[32m▶\u001b[39m /_astro/anh.Bx1.avif \u001b[2m(before: 310kB, after: 42kB)\u001b[22m \u001b[2m(+1.2s)\u001b[22m \u001b[2m(${n}/${total})\u001b[22m`;

function fakeOut(isTTY: boolean) {
  let text = '';
  return { out: { isTTY, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream, text: () => text };
}

describe('progress line for image encoding', () => {
  it("reads n and total from Astro's per-image line, and nothing else", () => {
    expect(imageCount(astroImageLine(3, 480))).toEqual({ done: 3, total: 480 });
    expect(imageCount('✓ Completed in 1.2s.')).toBeUndefined();
  });

  it('in a CI log, 1,000 images print about ten lines, not a thousand', () => {
    const { out, text } = fakeOut(false);
    const log = progressLog({}, out);
    for (let n = 1; n <= 1000; n++) log.write({ level: 'info', label: null, message: astroImageLine(n, 1000), newLine: true } as never);
    const lines = text().trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toMatch(/^Ảnh 1000 \/ 1000, \d+:\d\d$/);
  });

  it('on a terminal, the line is rewritten in place and ends with a newline', () => {
    const { out, text } = fakeOut(true);
    const log = progressLog({}, out);
    for (let n = 1; n <= 50; n++) log.write({ level: 'info', label: null, message: astroImageLine(n, 50), newLine: true } as never);
    expect(text().split('\n')).toHaveLength(2);
    expect(text()).toContain('\rẢnh 50 / 50');
  });

  it("on a terminal, another of Astro's lines takes the progress line's place, and a new batch of images counts anew", () => {
    const { out, text } = fakeOut(true);
    // Astro's own lines are printed by its handler, not to `out`; level 'error' keeps this one out of the test's output.
    const log = progressLog({ level: 'error' }, out);
    log.write({ level: 'info', label: null, message: astroImageLine(1, 2), newLine: true } as never);
    log.write({ level: 'info', label: 'build', message: '✓ Completed in 1.2s.', newLine: true } as never);
    log.write({ level: 'info', label: null, message: astroImageLine(2, 2), newLine: true } as never);
    log.write({ level: 'info', label: null, message: astroImageLine(1, 5), newLine: true } as never);
    // `\r\u001b[K` between the first two: the line cleared for Astro's.
    expect(
      text()
        .split('\r')
        .map((line) => line.split(',')[0]),
    ).toEqual(['', 'Ảnh 1 / 2', '\u001b[K', 'Ảnh 2 / 2', 'Ảnh 1 / 5']);
  });
});
