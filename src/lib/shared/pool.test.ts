import { describe, expect, it } from 'vitest';
import { mapOrdered, mapPool } from './pool';

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

describe('mapOrdered', () => {
  it("yields the results in the items' order while later ones are already in work, never more than the limit", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const seen: string[] = [];
    for await (const result of mapOrdered([30, 5, 20, 1, 10], 3, async (delay, index) => {
      started.push(index);
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, delay));
      running--;
      return `${index}:${delay}`;
    })) {
      // When the first (slowest) result arrives, the next two were started alongside it.
      if (seen.length === 0) expect(started).toEqual([0, 1, 2]);
      seen.push(result);
    }
    expect(seen).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(most).toBe(3);
  });

  it('stops at the first failure in order, with its error, and no failure goes unhandled', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const value of mapOrdered([1, 2, 3, 4], 4, async (n) => {
        if (n >= 3) throw new Error(`hỏng ${n}`);
        await new Promise((done) => setTimeout(done, 5));
        return n;
      }))
        seen.push(value);
    };
    await expect(run()).rejects.toThrow('hỏng 3');
    expect(seen).toEqual([1, 2]);
  });
});
