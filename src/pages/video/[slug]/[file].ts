import type { APIRoute, GetStaticPaths } from 'astro';
import { getVideos } from '../../../data/portal';
import { attachmentRefs } from '../../../lib/media/attachments';
import { fileResponse } from '../../../lib/media/serve-file';
import { localVideoFiles } from '../../../lib/media/videos';

/** Copies a clip's local MP4 and captions track to `/video/<slug>/<file>`. */
export const getStaticPaths = (async () =>
  (await getVideos()).flatMap((video) =>
    attachmentRefs(video.filePath!, localVideoFiles(video.data)).map((ref) => ({
      params: { slug: video.id, file: ref.file },
      props: { absolutePath: ref.absolutePath },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolutePath: string }> = ({ props }) => fileResponse(props.absolutePath);
