import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0212 3850 384', '0212 3850 384', '+842123850384'],
    ['0212.3850.384', '0212 3850 384', '+842123850384'],
    ['+84 212 3850 384', '0212 3850 384', '+842123850384'],
    ['0912 345 678', '0912 345 678', '+84912345678'],
    ['+84912345678', '0912 345 678', '+84912345678'],
  ])('%s → %s (%s)', (input, display, e164) => {
    expect(normalizePhone(input)).toEqual({ display, e164 });
  });

  it.each(['022 3850 384', '12345', 'không có', '0212 3850 38'])('refuses %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
