/**
 * Files for the demo corpus: small hand-built PDFs and JPEG pictures drawn
 * from SVG shapes (no text, so no font is needed). Both are deterministic:
 * the same input always gives the same bytes.
 */
import sharp from 'sharp';
import { foldVietnamese } from '../../../src/lib/shared/slug';
import { createRandom } from './random';

/** Vietnamese text as plain ASCII, for the PDF's built-in Helvetica. */
export function asciiText(text: string): string {
  return foldVietnamese(text)
    .replace(/[–—]/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[^\x20-\x7e]/g, '');
}

/** Escapes a PDF literal string. */
const pdfString = (text: string) => `(${asciiText(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Splits text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PdfContent {
  /** Document title, for the PDF's information dictionary. */
  title: string;
  /** First line, printed larger. */
  heading: string;
  /** Following lines; long ones are wrapped. An empty string is a blank line. */
  lines: string[];
  /** `YYYY-MM-DD`, recorded as the creation date. */
  day: string;
}

/** A one-page PDF 1.4 with correct cross-reference offsets, using only Helvetica. */
export function makePdf(content: PdfContent): Buffer {
  const body = content.lines.flatMap((line) => (line ? wrap(asciiText(line), 80) : ['']));
  const stream = [
    'BT',
    '/F1 14 Tf',
    '16 TL',
    '56 780 Td',
    `${pdfString(content.heading)} Tj`,
    '/F1 11 Tf',
    'T*',
    ...body.map((line) => `T* ${pdfString(line)} Tj`),
    'ET',
  ].join('\n');
  const created = `D:${content.day.replace(/-/g, '')}000000+07'00'`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(content.title.slice(0, 200))} /Producer (scripts/generate-demo.ts) /CreationDate (${created}) >>`,
  ];
  // Every character is ASCII except the binary marker, so string length is byte length in latin1.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface ImageSpec {
  width: number;
  height: number;
  /** Decides colours and shapes: different seeds give visibly different pictures. */
  seed: number;
}

/** An SVG landscape: sky, sun, mountain ridges, terraced fields and translucent blocks. */
export function sceneSvg({ width: w, height: h, seed }: ImageSpec): string {
  const random = createRandom(seed);
  const hue = random.int(0, 359);
  const hsl = (shift: number, s: number, l: number, a = 1) =>
    `hsla(${Math.round((hue + shift + 720) % 360)},${Math.round(s)}%,${Math.round(l)}%,${a.toFixed(2)})`;
  const parts: string[] = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
      `<stop offset="0" stop-color="${hsl(0, 65, 78)}"/><stop offset="1" stop-color="${hsl(35, 55, 55)}"/></linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
    `<circle cx="${random.int(0, w)}" cy="${random.int(0, h / 3)}" r="${random.int(30, 90)}" fill="${hsl(180, 90, 85, 0.9)}"/>`,
  ];
  const ridges = random.int(3, 5);
  for (let k = 0; k < ridges; k++) {
    const base = h * (0.35 + (k * 0.4) / ridges);
    const steps = random.int(7, 14);
    const points = [`0,${h}`];
    for (let i = 0; i <= steps; i++) points.push(`${Math.round((i * w) / steps)},${Math.round(base - random.next() * h * 0.22)}`);
    points.push(`${w},${h}`);
    parts.push(`<polygon points="${points.join(' ')}" fill="${hsl(110 + k * 18, 30 + k * 6, 22 + k * 9, 0.9)}"/>`);
  }
  for (let i = 0, y = h * 0.72; y < h; i++, y += random.int(12, 28)) {
    parts.push(
      `<path d="M0 ${Math.round(y)} Q ${w / 2} ${Math.round(y - random.int(-30, 30))} ${w} ${Math.round(y)}" ` +
        `stroke="${hsl(80 + i * 7, 45, 35 + (i % 3) * 10, 0.8)}" stroke-width="${random.int(3, 9)}" fill="none"/>`,
    );
  }
  for (let i = 0; i < 16; i++) {
    const x = random.int(0, w);
    const y = random.int(0, h);
    const size = random.int(10, Math.round(w / 9));
    const fill = hsl(random.int(0, 359), random.int(40, 80), random.int(35, 80), 0.2 + random.next() * 0.35);
    parts.push(
      random.chance(0.5)
        ? `<circle cx="${x}" cy="${y}" r="${size}" fill="${fill}"/>`
        : `<rect x="${x}" y="${y}" width="${size}" height="${Math.round(size * (0.4 + random.next()))}" fill="${fill}" transform="rotate(${random.int(-20, 20)} ${x} ${y})"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join('')}</svg>`;
}

/** Renders a picture as a baseline JPEG without metadata. The one image maker for the whole corpus. */
export async function renderJpeg(spec: ImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(sceneSvg(spec)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, chromaSubsampling: '4:2:0' })
    .toBuffer();
}
