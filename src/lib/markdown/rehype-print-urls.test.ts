import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import rehypePrintUrls from './rehype-print-urls';

describe('print URLs', () => {
  it('gives site links their public address and leaves other links alone', async () => {
    const { html } = await markdownToHtml('[a](/van-ban/qd-12/) [b](https://chinhphu.vn/) [c](//cdn.example/x) [d](#muc-1)', {
      hastPlugins: [rehypePrintUrls({ site: 'https://songoaivu.sonla.gov.vn' })],
    });
    expect(html).toContain('<a href="/van-ban/qd-12/" data-print-url="https://songoaivu.sonla.gov.vn/van-ban/qd-12/">a</a>');
    expect(html.match(/data-print-url/g)).toHaveLength(1);
  });
});
