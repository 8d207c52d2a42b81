import { describe, expect, it } from 'vitest';
import { markdownLinks, parseMarkdown } from './markdown-links';

describe('markdownLinks', () => {
  it('finds links, reference definitions and images with their line in the file; ignores code', () => {
    const frontMatter = '---\ntitle: "[x](/khong-phai-lien-ket/)"\n---\n';
    const body = '\nXem [quyết định](../van-ban/qd-12.md).\n\n![Toàn cảnh](./anh.jpg)\n\n`[mã](/ma/)`\n\n[tham khảo]: /van-ban/\n';
    expect(markdownLinks(frontMatter + body, frontMatter.length)).toEqual([
      { kind: 'link', url: '../van-ban/qd-12.md', line: 5 },
      { kind: 'image', url: './anh.jpg', line: 7, alt: 'Toàn cảnh' },
      { kind: 'link', url: '/van-ban/', line: 11 },
    ]);
  });

  it('parses a body once for the checks that read it one after the other, and another body anew', () => {
    const body = 'Xem [quyết định](/van-ban/qd-12/).\n';
    expect(parseMarkdown(body)).toBe(parseMarkdown(`${body}`));
    expect(parseMarkdown('Khác.\n')).not.toBe(parseMarkdown(body));
  });
});
