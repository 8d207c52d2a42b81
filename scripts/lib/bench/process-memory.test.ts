import { describe, expect, it } from 'vitest';
import { gnuTimeMaxRssBytes, parentPid, statusFieldBytes, treeOf, watchPeakMemory } from './process-memory';

describe('statusFieldBytes', () => {
  const status = 'Name:\tnode\nVmPeak:\t 1234568 kB\nVmHWM:\t  812345 kB\nVmRSS:\t  700000 kB\nThreads:\t11\n';
  it('reads a kB field of /proc/<pid>/status as bytes', () => {
    expect(statusFieldBytes(status, 'VmRSS')).toBe(700_000 * 1024);
    expect(statusFieldBytes(status, 'VmHWM')).toBe(812_345 * 1024);
  });
  it('is undefined for a field that is absent (kernel threads have no VmRSS)', () => {
    expect(statusFieldBytes('Name:\tkthreadd\nThreads:\t1\n', 'VmRSS')).toBeUndefined();
  });
});

describe('parentPid', () => {
  it('reads the fourth field of /proc/<pid>/stat', () => {
    expect(parentPid('4242 (node) S 4200 4242 4200 0 -1 4194560')).toBe(4200);
  });
  it('is not misled by spaces and parentheses in the command name', () => {
    expect(parentPid('77 (my (odd) name) R 12 77 12 0')).toBe(12);
  });
});

describe('treeOf', () => {
  it('lists the root and all its descendants, and nothing else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(treeOf(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(treeOf(20, parents)).toEqual([20]);
  });
});

describe('gnuTimeMaxRssBytes', () => {
  it('reads %M (kilobytes) from the last line, after a non-zero exit notice', () => {
    expect(gnuTimeMaxRssBytes('523412\n')).toBe(523_412 * 1024);
    expect(gnuTimeMaxRssBytes('Command exited with non-zero status 1\n98304\n')).toBe(98_304 * 1024);
    expect(gnuTimeMaxRssBytes('')).toBeUndefined();
  });
});

describe('watchPeakMemory (this process)', () => {
  it('reports at least this process resident memory', () => {
    const peak = watchPeakMemory(process.pid, 50).stop();
    expect(peak.samples).toBe(1);
    expect(peak.largestProcessBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(peak.treeBytes).toBeGreaterThanOrEqual(peak.largestProcessBytes);
  });
});
