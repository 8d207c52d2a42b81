import { dirname, join, resolve } from 'node:path';
import { t } from '../../i18n';

type FileField = string | { file: string; title?: string };

export interface AttachmentRef {
  /** File name beside the Markdown, also the last part of its URL. */
  file: string;
  /** Link text: the title staff gave, or else the entry's own name (never the ASCII file name). */
  title: string;
  /** Where the file is on disk. */
  absolutePath: string;
}

/**
 * The files of a document, a procedure (its forms) or a clip, resolved next to
 * their Markdown file. A file without a `title` is shown under `untitled`, the
 * entry's name (`Quyết định 125/QĐ-UBND`), numbered when there are several
 * (`…, tệp 2`): citizens read a name, not `qd-125-quy-che-doan-ra.pdf`. Without
 * `untitled`, the file name stands.
 */
export function attachmentRefs(entryFilePath: string, files: readonly FileField[], untitled?: string): AttachmentRef[] {
  const folder = dirname(resolve(entryFilePath));
  return files.map((field, index) => {
    const { file, title } = typeof field === 'string' ? { file: field, title: undefined } : field;
    const fallback = untitled === undefined ? file : files.length > 1 ? t('documents.fileNumber', { name: untitled, n: index + 1 }) : untitled;
    return { file, title: title?.trim() || fallback, absolutePath: join(folder, file) };
  });
}
