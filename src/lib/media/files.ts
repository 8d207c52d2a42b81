import { statSync } from 'node:fs';
import { extname } from 'node:path';

/** Attachment types staff may publish beside a document, with their labels. */
export const ATTACHMENT_TYPES = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  odt: 'OpenDocument',
  ods: 'OpenDocument',
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

export function attachmentExtension(fileName: string): AttachmentExtension | undefined {
  const ext = extname(fileName).slice(1).toLowerCase();
  return ext in ATTACHMENT_TYPES ? (ext as AttachmentExtension) : undefined;
}

/** Sizes as Vietnamese readers write them: `850 KB`, `1,2 MB` (decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb.toFixed(1).replace('.', ',')} MB`;
}

export interface AttachmentInfo {
  fileName: string;
  /** What a visitor needs to open it: `PDF`, `Word (DOCX)`, `Excel (XLS)`. */
  typeLabel: string;
  bytes: number;
  sizeText: string;
}

/** Type and size of an attachment on disk, for the download link. */
export function describeAttachment(absolutePath: string, fileName: string): AttachmentInfo {
  const extension = attachmentExtension(fileName);
  if (!extension) throw new Error(`Not an attachment type: ${fileName}`);
  const bytes = statSync(absolutePath).size;
  const program = ATTACHMENT_TYPES[extension];
  const upper = extension.toUpperCase();
  return {
    fileName,
    typeLabel: program === upper ? program : `${program} (${upper})`,
    bytes,
    sizeText: formatFileSize(bytes),
  };
}
