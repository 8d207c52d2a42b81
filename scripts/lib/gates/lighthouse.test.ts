import { describe, expect, it } from 'vitest';
import { categoryScores, medianScores } from './lighthouse';

describe('categoryScores', () => {
  it('turns a report score (0–1) into 0–100, and an unscored category into null', () => {
    const report = {
      categories: {
        performance: { score: 0.874 },
        accessibility: { score: 1 },
        'best-practices': { score: null },
        seo: { score: 0.92 },
        pwa: { score: 0.3 },
      },
    };
    expect(categoryScores(report)).toEqual({ performance: 87, accessibility: 100, 'best-practices': null, seo: 92 });
  });
});

describe('medianScores', () => {
  it('takes each category median, leaving out runs that could not score it', () => {
    const runs = [
      { performance: 80, accessibility: 100, 'best-practices': 96, seo: null },
      { performance: 90, accessibility: 100, 'best-practices': null, seo: null },
      { performance: 85, accessibility: 98, 'best-practices': 100, seo: null },
    ];
    expect(medianScores(runs)).toEqual({ performance: 85, accessibility: 100, 'best-practices': 98, seo: null });
  });
});
