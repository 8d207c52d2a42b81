import { dirname, join, resolve } from 'node:path';

type FileField = string | { file: string; title?: string };

export interface AttachmentRef {
  /** File name beside the Markdown, also the last part of its URL. */
  file: string;
  /** Link text: the title staff gave, or the file name. */
  title: string;
  /** Where the file is on disk. */
  absolutePath: string;
}

/** The files of a document (or clip), resolved next to its Markdown file. */
export function attachmentRefs(entryFilePath: string, files: readonly FileField[]): AttachmentRef[] {
  const folder = dirname(resolve(entryFilePath));
  return files.map((field) => {
    const { file, title } = typeof field === 'string' ? { file: field, title: undefined } : field;
    return { file, title: title ?? file, absolutePath: join(folder, file) };
  });
}
