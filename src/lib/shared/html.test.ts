import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('makes markup in a title show as text, in content and in a double-quoted attribute', () => {
    expect(escapeHtml('Tác giả: <b>Lan</b> & "Hợp tác"')).toBe('Tác giả: &lt;b&gt;Lan&lt;/b&gt; &amp; &quot;Hợp tác&quot;');
    expect(escapeHtml("default-src 'self'")).toBe("default-src 'self'");
  });
});
