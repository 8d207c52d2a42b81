import { describe, expect, it } from 'vitest';
import { parseTarget, releaseId, shellQuote, uploadCommand } from './deploy';

describe('deploy targets and releases', () => {
  it('a target is user@host:/path over SSH, or a folder here', () => {
    expect(parseTarget('deploy@203.0.113.5:/var/www/songoaivu/')).toEqual({ host: 'deploy@203.0.113.5', path: '/var/www/songoaivu' });
    expect(parseTarget('/srv/songoaivu')).toEqual({ path: '/srv/songoaivu' });
  });

  it('a release is named by its time and commit, so names sort in deploy order', () => {
    expect(releaseId(new Date('2026-12-02T10:45:07.123Z'), '7ca8cc7e2f00')).toBe('20261202T104507Z-7ca8cc7');
  });

  it('uploads into a partial folder, hard-linking what the current release already has', () => {
    expect(uploadCommand('dist', { host: 'd@h', path: '/var/www/s' }, 'R')).toEqual([
      'rsync',
      '--archive',
      '--delete',
      '--link-dest',
      '/var/www/s/current/',
      '--rsh',
      'ssh -o BatchMode=yes',
      'dist/',
      'd@h:/var/www/s/releases/.R.partial/',
    ]);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
