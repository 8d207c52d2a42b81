import { describe, expect, it } from 'vitest';
import { buildTable, formatBytes, formatRatio, formatSeconds, lighthouseTable, machineLine, type BuildFigures } from './report';

const MIB = 1024 * 1024;

describe('formatBytes, formatSeconds, formatRatio', () => {
  it('shows sizes in KiB, MiB (one decimal under 100) or GiB', () => {
    expect(formatBytes(1536)).toBe('2 KiB');
    expect(formatBytes(1.64 * MIB)).toBe('1.6 MiB');
    expect(formatBytes(310.4 * MIB)).toBe('310 MiB');
    expect(formatBytes(1.5 * 1024 * MIB)).toBe('1.50 GiB');
  });
  it('shows seconds with one decimal and ratios as ×n.n', () => {
    expect(formatSeconds(251_440.7)).toBe('251.4 s');
    expect(formatRatio(251.4, 14)).toBe('×18.0');
    expect(formatRatio(5, 0)).toBe('—');
  });
});

describe('buildTable', () => {
  const site: BuildFigures = {
    coldMs: [250_000, 240_000, 260_000],
    warmMs: [26_000, 30_000, 25_000],
    changedMs: [40_000, 42_000, 41_000],
    coldPeakBytes: [1200 * MIB, 1100 * MIB, 1300 * MIB],
    warmPeakBytes: [600 * MIB, 600 * MIB, 600 * MIB],
    outputBytes: 300 * MIB,
    searchIndexBytes: 1.5 * MIB,
  };
  const baseline: BuildFigures = {
    coldMs: [10_000, 10_000, 10_000],
    warmMs: [5_000, 5_000, 5_000],
    changedMs: [8_000, 8_000, 8_000],
    coldPeakBytes: [400 * MIB, 400 * MIB, 400 * MIB],
    warmPeakBytes: [300 * MIB, 300 * MIB, 300 * MIB],
    outputBytes: 10 * MIB,
    searchIndexBytes: null,
  };
  it('shows the medians of both builds and their ratio, per corpus size', () => {
    expect(buildTable([{ size: 1000, site, baseline }]).split('\n')).toEqual([
      '| entries | build | cold | warm | warm, one article with 5 photos added | peak memory, cold / warm | output | search index |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 1,000 | site | 250.0 s | 26.0 s | 41.0 s | 1.17 GiB / 600 MiB | 300 MiB | 1.5 MiB |',
      '| 1,000 | baseline | 10.0 s | 5.0 s | 8.0 s | 400 MiB / 300 MiB | 10.0 MiB | — |',
      '| 1,000 | site ÷ baseline | ×25.0 | ×5.2 | ×5.1 | ×3.0 / ×2.0 | ×30.0 | — |',
    ]);
  });
});

describe('lighthouseTable', () => {
  it('shows each page median scores, and — for a category not scored', () => {
    const scores = { performance: 91, accessibility: 100, 'best-practices': 96, seo: null };
    expect(lighthouseTable([{ name: 'home', path: '/', runs: [scores], median: scores }]).split('\n')).toEqual([
      '| page | path | performance | accessibility | best practices | SEO |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      '| home | `/` | 91 | 100 | 96 | — |',
    ]);
  });
});

describe('machineLine', () => {
  it('says when and on what', () => {
    const machine = { date: '2026-11-29T03:23:03.373Z', cpu: 'AMD EPYC 7B13', cores: 2, memoryBytes: 24 * 1024 * MIB, node: 'v20.20.2' };
    expect(machineLine(machine, 3)).toBe('Measured 2026-11-29 on AMD EPYC 7B13, 2 cores, 24 GiB, Node v20.20.2; median of 3 runs.');
    expect(machineLine({ ...machine, loadAverage: 11.52 }, 1)).toBe(
      'Measured 2026-11-29 on AMD EPYC 7B13, 2 cores, 24 GiB, Node v20.20.2, load average 11.5 at the start; median of 1 run.',
    );
  });
});
