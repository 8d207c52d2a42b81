import { describe, expect, it } from 'vitest';
import { IMAGE_ROLES, widthsFor } from './image-roles';

describe('widthsFor', () => {
  it('offers every width of the role that the original can fill', () => {
    expect(widthsFor('content', 4000)).toEqual([400, 800, 1200]);
    expect(widthsFor('content', 1200)).toEqual([400, 800, 1200]);
  });

  it('adds the original width when it is between the role’s widths, so the sharpest copy is not lost', () => {
    expect(widthsFor('content', 900)).toEqual([400, 800, 900]);
    expect(widthsFor('full', 1200)).toEqual([800, 1200]);
  });

  it('never enlarges: a small original is offered at its own width', () => {
    expect(widthsFor('full', 640)).toEqual([640]);
  });

  it('has ascending widths for every role', () => {
    for (const { widths } of Object.values(IMAGE_ROLES)) expect([...widths].sort((a, b) => a - b)).toEqual([...widths]);
  });
});
