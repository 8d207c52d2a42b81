import { describe, expect, it } from 'vitest';
import { hasMalformedEscape, isAllowedUrl, tagFindings, urlScheme, type Tag } from './html-allowlist';

const tag = (name: string, attributes: Record<string, string> = {}): Tag => ({
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ name: n, value })),
  lineOf: () => 1,
});
const found = (t: Tag) => tagFindings(t).map((finding) => finding.found);

describe('the HTML allowlist', () => {
  it('reads a scheme as a browser does: case, control characters and spaces inside it, MDX braces', () => {
    expect(['javascript:x', ' JaVa\tScRiPt:x', 'java\nscript:x', '{"javascript:x"}'].map(urlScheme)).toEqual(Array(4).fill('javascript:'));
    expect(['./a.jpg', '/van-ban/', '#muc-1', 'van-ban/a:b'].map(urlScheme)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('allows https, http, mailto, tel and relative addresses; nothing else', () => {
    for (const url of ['https://a.vn/', 'http://a.vn', 'mailto:a@b.vn', 'tel:+842123850384', './a.pdf', '/lien-he/', '#x'])
      expect(isAllowedUrl(url), url).toBe(true);
    for (const url of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'blob:https://a.vn/x'])
      expect(isAllowedUrl(url), url).toBe(false);
  });

  it('an element off the list, an attribute off its list, a handler, an address', () => {
    expect(found(tag('marquee'))).toEqual(['thẻ <marquee>']);
    expect(found(tag('a', { href: '/', target: '_blank', onclick: 'x()' }))).toEqual(['thuộc tính target trên thẻ <a>', 'thuộc tính onclick trên thẻ <a>']);
    expect(found(tag('img', { src: 'data:image/png;base64,AA', alt: '' }))).toEqual(['src="data:image/png;base64,AA" trên thẻ <img>']);
    expect(found(tag('td', { colspan: '2', style: 'color:red' }))).toEqual(['thuộc tính style trên thẻ <td>']);
    expect(found(tag('abbr', { title: 'Ủy ban nhân dân' }))).toEqual([]);
  });

  it('a lone % in an address', () => {
    expect(hasMalformedEscape('/giam-50%/')).toBe(true);
    expect(hasMalformedEscape('/a%20b/')).toBe(false);
    expect(found(tag('a', { href: '/giam-50%zz' }))).toEqual(['href="/giam-50%zz" trên thẻ <a>']);
  });
});
