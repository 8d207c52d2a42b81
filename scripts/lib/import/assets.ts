import { extname } from 'node:path';
import { attachmentExtension } from '../../../src/lib/media/files';
import { slugify } from '../../../src/lib/shared/slug';

/** The image type of some bytes, by their first bytes (old portals served images from `.ashx?id=` handlers). */
export function imageExtension(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return '.jpg';
  if (bytes.subarray(0, 4).toString('latin1') === '\x89PNG') return '.png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return '.webp';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return '.gif';
  if (bytes.subarray(4, 12).toString('latin1').startsWith('ftypavif')) return '.avif';
  return undefined;
}

/** Image types the site's schemas accept (src/lib/checks/entry-check.ts); GIF may stand in a body only. */
export const ENTRY_IMAGE_EXTENSIONS = new Set(['.jpg', '.png', '.webp', '.avif']);

/** The attachment extension of an old address (`/Uploads/QD 12.PDF`, `download.aspx?file=kh.docx`). */
export function attachmentExtensionOf(url: string): string | undefined {
  const parsed = new URL(url);
  for (const candidate of [parsed.pathname, ...parsed.searchParams.values()]) {
    const extension = extname(decodeURIComponentSafe(candidate)).toLowerCase();
    if (extension && attachmentExtension(`x${extension}`)) return extension;
  }
  return undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Hands out file names in one folder: ASCII kebab-case, never twice. */
export class FolderNames {
  private readonly used: Set<string>;

  constructor(existing: Iterable<string> = []) {
    this.used = new Set(existing);
  }

  take(stem: string, extension: string): string {
    const base = (slugify(stem) || 'tep').slice(0, 70).replace(/-+$/, '');
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? base : `${base}-${n}`}${extension}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}
