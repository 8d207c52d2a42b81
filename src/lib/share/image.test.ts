import { describe, expect, it } from 'vitest';
import { shareCropSize } from './image';

describe('shareCropSize', () => {
  it('crops a large photo to 1200×630', () => {
    expect(shareCropSize(4000, 3000)).toEqual({ width: 1200, height: 630 });
    expect(shareCropSize(1600, 900)).toEqual({ width: 1200, height: 630 });
  });
  it('never enlarges: a narrow or short photo gives the largest 1.91:1 crop inside it', () => {
    expect(shareCropSize(800, 600)).toEqual({ width: 800, height: 420 });
    expect(shareCropSize(1600, 400)).toEqual({ width: 761, height: 400 });
    expect(shareCropSize(400, 1200)).toEqual({ width: 400, height: 210 });
  });
});
