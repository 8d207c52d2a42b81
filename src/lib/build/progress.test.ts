import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from './progress';

/** A stream that keeps what is written, a terminal or not. */
function fakeStream(isTTY: boolean) {
  let text = '';
  return { out: { isTTY, write: (chunk: string) => ((text += chunk), true) }, text: () => text };
}

/** A clock that moves only when told to. */
function fakeClock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('progressLine', () => {
  it('says how many of how many, the time so far and the estimated time left', () => {
    expect(progressLine('Ảnh', 120, 4800, 42_000)).toBe('Ảnh 120 / 4800, 0:42, còn ~27:18');
    expect(progressLine('Ảnh', 4800, 4800, 3_725_000)).toBe('Ảnh 4800 / 4800, 1:02:05');
    expect(progressLine('Tìm kiếm', 0, 300, 1_000)).toBe('Tìm kiếm 0 / 300, 0:01');
  });
});

describe('createProgress', () => {
  it('in a CI log, 1,000 ticks print eleven lines: the first, one per 10 % and the last', () => {
    const { out, text } = fakeStream(false);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Tìm kiếm', total: 1000, out, now: clock.now });
    for (let n = 1; n <= 1000; n++) {
      clock.advance(30);
      progress.tick();
    }
    progress.done();
    const lines = text().trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('Tìm kiếm 1 / 1000, 0:00, còn ~0:30');
    expect(lines[1]).toBe('Tìm kiếm 100 / 1000, 0:03, còn ~0:27');
    expect(lines.at(-1)).toBe('Tìm kiếm 1000 / 1000, 0:30');
  });

  it('on a terminal, the line is rewritten in place, cleared to its end, and ends with one newline', () => {
    const { out, text } = fakeStream(true);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Ảnh', total: 3, out, now: clock.now });
    for (let n = 1; n <= 3; n++) {
      clock.advance(2000);
      progress.tick();
    }
    progress.done();
    expect(text()).toBe('\rẢnh 1 / 3, 0:02, còn ~0:04\u001b[K\rẢnh 2 / 3, 0:04, còn ~0:02\u001b[K\rẢnh 3 / 3, 0:06\u001b[K\n');
  });

  it('on a terminal, clear takes the line off so another is printed in its place; tick(0) draws it again below', () => {
    const { out, text } = fakeStream(true);
    const clock = fakeClock();
    const progress = createProgress({ label: 'Bước đo', total: 4, out, now: clock.now });
    clock.advance(60_000);
    progress.tick(2);
    progress.clear();
    out.write('site 1000, run 1: cold 45.0 s, warm 15.0 s\n');
    progress.tick(0);
    clock.advance(60_000);
    progress.tick();
    expect(text().split('\r')).toEqual([
      '',
      'Bước đo 2 / 4, 1:00, còn ~1:00\u001b[K',
      '\u001b[Ksite 1000, run 1: cold 45.0 s, warm 15.0 s\n',
      'Bước đo 2 / 4, 1:00, còn ~1:00\u001b[K',
      'Bước đo 3 / 4, 2:00, còn ~0:40\u001b[K',
    ]);
  });

  it('to a log function, whole lines without newlines; done prints the count reached, once', () => {
    const lines: string[] = [];
    const clock = fakeClock();
    const progress = createProgress({ label: 'Tìm kiếm', total: 20, out: (line) => lines.push(line), now: clock.now });
    for (let n = 1; n <= 15; n++) progress.tick();
    progress.done();
    progress.done();
    progress.tick();
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'Tìm kiếm 1 / 20',
      'Tìm kiếm 2 / 20',
      'Tìm kiếm 4 / 20',
      'Tìm kiếm 6 / 20',
      'Tìm kiếm 8 / 20',
      'Tìm kiếm 10 / 20',
      'Tìm kiếm 12 / 20',
      'Tìm kiếm 14 / 20',
      'Tìm kiếm 15 / 20',
    ]);
  });

  it('prints nothing when there is nothing to count', () => {
    const { out, text } = fakeStream(false);
    const progress = createProgress({ label: 'Tìm kiếm', total: 0, out });
    progress.done();
    expect(text()).toBe('');
  });
});
