import { describe, expect, it } from 'vitest';
import { ALLOWED_FRAME_ORIGINS, bodyFrameOrigins, rawHtmlFindings, runsScript } from './body-html';

const found = (text: string, mdx = false) => rawHtmlFindings(text, mdx).map(({ line, found }) => `${line}: ${found}`);

describe('raw HTML that would run code or frame another site', () => {
  it('sees javascript: through case, entities already decoded, spaces, tabs, line breaks and MDX braces', () => {
    for (const url of ['javascript:x', 'JavaScript:x', ' \tjava\nscript:x', 'java\tscript:x', '{"javascript:x"}', '`javascript:x`'])
      expect(runsScript(url), url).toBe(true);
    for (const url of ['https://a.vn/javascript:x', '/javascript/', 'mailto:a@b.vn', '']) expect(runsScript(url), url).toBe(false);
  });

  it('names the line of the attribute inside a block of HTML', () => {
    const text = 'Mở đầu.\n\n<div>\n  <p>Chữ</p>\n  <img src="a.jpg"\n    alt="" onerror="x()">\n</div>\n';
    expect(found(text)).toEqual(['6: thuộc tính onerror trên thẻ <img>']);
  });

  it('elements and attributes off the allowlist: forms, SVG, their address attributes; entities decoded first', () => {
    const text =
      '<form action="&#106;avascript:x()"><button formaction="javascript:y()">Gửi</button></form>\n\n<svg><a xlink:href="javascript:z()">z</a></svg>\n\n<a href="&#106;avascript:x()">a</a>\n';
    expect(found(text)).toEqual([
      '1: thẻ <form>',
      '1: thẻ <button>',
      '3: thẻ <svg>',
      '3: thuộc tính xlink:href trên thẻ <a>',
      '5: href="javascript:x()" trên thẻ <a>',
    ]);
  });

  it('an inline script, a reference definition, an autolink', () => {
    const text = 'Chữ <script>x()</script> chữ.\n\n[a]: javascript:x()\n\n<javascript:y()>\n';
    expect(found(text)).toEqual(['1: thẻ <script>', '3: liên kết "javascript:x()"', '5: liên kết "javascript:y()"']);
  });

  it('iframes: only from the allowed hosts, with an address; srcdoc never', () => {
    const text = [
      '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
      '',
      '<iframe></iframe>',
      '',
      '<iframe srcdoc="<p>x</p>" src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
      '',
      '<iframe src="//evil.example/x"></iframe>',
      '',
    ].join('\n');
    expect(found(text)).toEqual(['3: khung <iframe> không có src', '5: thuộc tính srcdoc trên thẻ <iframe>', '7: khung <iframe> từ "//evil.example/x"']);
    expect(ALLOWED_FRAME_ORIGINS).toEqual(['https://www.youtube-nocookie.com']);
  });

  it('MDX is read as MDX: JSX handlers, addresses in braces, scripts and iframes', () => {
    const text =
      'Chữ.\n\n<button onClick={() => alert(1)}>x</button>\n\n<a href={"javascript:x()"}>a</a>\n\n<script>{"x()"}</script>\n\n<iframe src="https://evil.example/" />\n';
    expect(found(text, true)).toEqual([
      '3: onClick={() => alert(1)} trên thẻ <button>',
      '5: href={"javascript:x()"} trên thẻ <a>',
      '7: thẻ <script>',
      '7: {"x()"}',
      '9: khung <iframe> từ "https://evil.example/"',
    ]);
  });

  it('HTML shown as code, and comments, pass', () => {
    expect(found('```html\n<script>x()</script>\n```\n\n`<a onclick="x">`\n\n<!-- <script>x()</script> -->\n')).toEqual([]);
  });

  it('a body framing the YouTube player gives its page that host for frame-src', () => {
    expect(bodyFrameOrigins('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Clip"></iframe>\n')).toEqual(['https://www.youtube-nocookie.com']);
    expect(bodyFrameOrigins('Không có khung.\n')).toEqual([]);
    expect(bodyFrameOrigins(undefined)).toEqual([]);
  });
});
