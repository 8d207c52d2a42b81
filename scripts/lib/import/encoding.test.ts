import { describe, expect, it } from 'vitest';
import { toWindows1258 } from '../../../tests/helpers/legacy-portal';
import { convertTcvn3, decodePage, detectFontEncoding } from './encoding';

const TEXT = 'Sở Ngoại vụ tỉnh Sơn La tổ chức hội nghị đối ngoại';

describe('decodePage', () => {
  it('reads Windows-1258 bytes (tones as combining marks) into NFC text, and says it guessed when the page declared nothing', () => {
    const page = decodePage(toWindows1258(`<p>${TEXT}</p>`));
    expect(page).toEqual({ html: `<p>${TEXT}</p>`, encoding: 'windows-1258', guessed: true });
    expect(page.html).toBe(page.html.normalize('NFC'));
  });

  it('follows a declared charset, but not a server that calls non-UTF-8 bytes UTF-8', () => {
    const bytes = toWindows1258(`<meta charset="windows-1258"><p>${TEXT}</p>`);
    expect(decodePage(bytes, 'text/html; charset=utf-8')).toMatchObject({ encoding: 'windows-1258', guessed: false });
    expect(decodePage(Buffer.from(TEXT), 'text/html; charset=utf-8').html).toBe(TEXT);
  });

  it('composes decomposed UTF-8 (NFD) text', () => {
    expect(decodePage(Buffer.from(TEXT.normalize('NFD'))).html).toBe(TEXT);
  });
});

describe('TCVN3 and VNI font text', () => {
  it('converts text typed in a TCVN3 (.VnTime) font to Unicode', () => {
    expect(convertTcvn3('Së Ngo¹i vô tØnh S¬n La, Hµ Néi, ®¹i héi')).toBe('Sở Ngoại vụ tỉnh Sơn La, Hà Nội, đại hội');
    expect(detectFontEncoding('Së Ngo¹i vô tØnh S¬n La tæ chøc héi nghÞ')).toBe('tcvn3');
  });

  it('detects VNI text, which it cannot convert, and leaves Unicode text alone', () => {
    expect(detectFontEncoding('Sôû Ngoaïi vuï tænh Sôn La toå chöùc hoäi nghò ñoái ngoaïi')).toBe('vni');
    expect(detectFontEncoding(TEXT)).toBeNull();
    expect(detectFontEncoding('plain', '<font face="VNI-Times">')).toBe('vni');
  });
});
