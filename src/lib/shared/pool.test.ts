import { describe, expect, it } from 'vitest';
import { mapPool } from './pool';

describe('mapPool', () => {
  it('keeps the order of the items, and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapPool([30, 5, 20, 1, 10], 2, async (delay, index) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, delay));
      running--;
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(most).toBe(2);
  });

  it('gives nothing for nothing', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});
