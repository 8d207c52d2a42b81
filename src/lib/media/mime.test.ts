import { describe, expect, it } from 'vitest';
import { contentTypeOf, mimeType } from './mime';

describe('mimeType and contentTypeOf', () => {
  it('gives attachments, videos and captions the types browsers open them by', () => {
    expect(contentTypeOf('van-ban/qd-12/quyet-dinh.PDF')).toBe('application/pdf');
    expect(contentTypeOf('bao-cao.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(contentTypeOf('so-lieu.ods')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(contentTypeOf('video/clip.mp4')).toBe('video/mp4');
    expect(contentTypeOf('video/clip.vi.vtt')).toBe('text/vtt; charset=utf-8');
  });

  it('gives the pictures a saved page inlines their data: type, and nothing for an unknown file', () => {
    expect(['a.jpg', 'a.jpeg', 'a.png', 'a.webp', 'a.avif', 'a.svg', 'a.gif'].map(mimeType)).toEqual([
      'image/jpeg',
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/avif',
      'image/svg+xml',
      'image/gif',
    ]);
    expect(mimeType('a.xyz')).toBeUndefined();
    expect(contentTypeOf('a.xyz')).toBe('application/octet-stream');
  });
});
