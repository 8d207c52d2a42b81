/**
 * Old Vietnamese pages come in three encodings besides UTF-8: Windows-1258
 * (declared, or guessed when the bytes are not UTF-8), and the TCVN3 (ABC) and
 * VNI font encodings, where Vietnamese letters were drawn by a special font
 * from Latin-1 code points (`.VnTime`, `VNI-Times`). TCVN3 is converted here;
 * VNI needs two code points per letter and is only detected, for staff to retype.
 */

export type LegacyEncoding = 'utf-8' | 'windows-1258' | 'windows-1252';

export interface DecodedPage {
  html: string;
  /** The encoding the bytes were read with. */
  encoding: LegacyEncoding | string;
  /** True when the page named no charset and the bytes were not UTF-8. */
  guessed: boolean;
}

function headerCharset(contentType: string | undefined): string | undefined {
  return /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes an old page's bytes: a BOM, then the charset the server declared
 * (unless it claims UTF-8 for bytes that are not: servers that re-served old
 * files often did), then the page's own `<meta charset>`, then UTF-8 if the
 * bytes are valid UTF-8, else Windows-1258 (the Vietnamese code page, the
 * usual default of old Windows servers). The text is NFC: Windows-1258
 * writes tone marks as combining characters.
 */
export function decodePage(bytes: Buffer, contentType?: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: bytes.subarray(3).toString('utf8').normalize('NFC'), encoding: 'utf-8', guessed: false };
  }
  const utf8 = strictUtf8(bytes);
  const header = decoderFor(headerCharset(contentType));
  if (header && (header.encoding !== 'utf-8' || utf8 !== undefined))
    return { html: header.decode(bytes).normalize('NFC'), encoding: header.encoding, guessed: false };
  const meta = decoderFor(metaCharset(bytes));
  if (meta && (meta.encoding !== 'utf-8' || utf8 !== undefined)) return { html: meta.decode(bytes).normalize('NFC'), encoding: meta.encoding, guessed: false };
  if (utf8 !== undefined) return { html: utf8.normalize('NFC'), encoding: 'utf-8', guessed: false };
  return { html: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'windows-1258', guessed: true };
}

/** TCVN3 (TCVN 5712:1993, "ABC") code point → the letter it drew. Capitals with marks used a capital font (`.VnTimeH`) on the same codes. */
const TCVN3: Record<string, string> = Object.fromEntries(
  (
    'µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ ' +
    '×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ ­ư õừ øứ öử ÷ữ ùự ' +
    'úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư'
  )
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(1)]),
);
const TCVN3_ONLY = /[µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòôõøö÷ùúýûüþ¡¢§£¤¥¦]/gu;
/** Letters only Unicode Vietnamese has (Latin Extended Additional, ă, đ, ơ, ư, ĩ, ũ). */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9ăĂđĐơƠưƯĩĨũŨ]/gu;
const VNI_FONT = /VNI[- ]?(?:Times|Helve|Souvir|Univer|Book|Aptima|Centur)/i;
const TCVN3_FONT = /\.Vn[A-Z][A-Za-z]*/;
// VNI letters are a base letter followed by a Latin-1 mark character: "Vieät Nam", "Sôû".
const VNI_PAIRS = /[aeiouyAEIOUY][øùûõïäåæçèéêëìíâ]|[oôuOÔU][øùûõï]|ñ[aeiou]/gu;

export type FontEncoding = 'tcvn3' | 'vni';

/**
 * Tells whether text was typed in a TCVN3 or VNI font: the page names such a
 * font, or its letters are mostly Latin-1 marks no Vietnamese Unicode text
 * would use while it has almost no Vietnamese Unicode letters.
 */
export function detectFontEncoding(text: string, html = ''): FontEncoding | null {
  const unicode = text.match(UNICODE_VIETNAMESE)?.length ?? 0;
  const tcvn3 = text.match(TCVN3_ONLY)?.length ?? 0;
  const vni = text.match(VNI_PAIRS)?.length ?? 0;
  if (VNI_FONT.test(html) || (vni >= 5 && vni > unicode * 2 && vni * 2 >= tcvn3)) return 'vni';
  if (TCVN3_FONT.test(html) || (tcvn3 >= 5 && tcvn3 > unicode * 2)) return 'tcvn3';
  return null;
}

/** Converts text typed in a TCVN3 font to Unicode (NFC). */
export function convertTcvn3(text: string): string {
  return text.replace(TCVN3_ONLY, (char) => TCVN3[char] ?? char).normalize('NFC');
}
