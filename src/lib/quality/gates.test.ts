import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUALITY_GATES } from './gates';

describe('the quality gates the accessibility statement lists', () => {
  it('each names a test file that exists, so the statement claims only checks that run', () => {
    expect(QUALITY_GATES.map((gate) => gate.test).filter((file) => !existsSync(file))).toEqual([]);
  });
});
