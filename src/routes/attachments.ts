import type { APIRoute } from 'astro';
import { getDocuments, getProcedures, getVideos } from '../data/portal';
import { attachmentRefs } from '../lib/media/attachments';
import { describeAttachment } from '../lib/media/files';
import { fileResponse } from '../lib/media/serve-file';
import { localVideoFiles } from '../lib/media/videos';
import { attachmentUrl } from '../lib/routing/urls';

/** Each collection's entries that carry files, and which of their fields name them. */
const FILES = {
  /** A document's attachments. */
  documents: async () => (await getDocuments()).map((doc) => ({ entry: doc, files: doc.data.files })),
  /** A procedure's forms. */
  procedures: async () => (await getProcedures()).map((procedure) => ({ entry: procedure, files: procedure.data.forms })),
  /** A clip's local MP4 and its captions track. */
  videos: async () => (await getVideos()).map((video) => ({ entry: video, files: localVideoFiles(video.data) })),
};

/** `getStaticPaths` of a `[slug]/[file].ts` route: each file of each entry, copied beside the entry's page. */
export async function attachmentRoutes(kind: keyof typeof FILES) {
  return (await FILES[kind]()).flatMap(({ entry, files }) =>
    attachmentRefs(entry.filePath!, files).map((ref) => ({
      params: { slug: entry.id, file: ref.file },
      props: { absolutePath: ref.absolutePath },
    })),
  );
}

/** Serves the file a route's props name. */
export const serveAttachment: APIRoute<{ absolutePath: string }> = ({ props }) => fileResponse(props.absolutePath);

/**
 * An entry's files as its page lists them: the link beside the page, the title staff gave (else
 * `untitled`, the entry's name: citizens never read an ASCII file name), the kind and size.
 */
export function attachmentLinks(
  collection: keyof typeof FILES,
  entry: { id: string; filePath?: string },
  files: Parameters<typeof attachmentRefs>[1],
  untitled: string,
) {
  return attachmentRefs(entry.filePath!, files, untitled).map((ref) => ({
    href: attachmentUrl(collection, entry.id, ref.file),
    title: ref.title,
    ...describeAttachment(ref.absolutePath, ref.file),
  }));
}
