import type { APIRoute } from 'astro';
import { getDocuments, getProcedures, getVideos } from '../data/portal';
import { attachmentRefs } from '../lib/media/attachments';
import { fileResponse } from '../lib/media/serve-file';
import { localVideoFiles } from '../lib/media/videos';

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
