import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../../data/portal';
import { attachmentRefs } from '../../../lib/media/attachments';
import { fileResponse } from '../../../lib/media/serve-file';

/** Copies each attachment to `/van-ban/<slug>/<file>`, beside the document's page. */
export const getStaticPaths = (async () =>
  (await getDocuments()).flatMap((doc) =>
    attachmentRefs(doc.filePath!, doc.data.files).map((ref) => ({
      params: { slug: doc.id, file: ref.file },
      props: { absolutePath: ref.absolutePath },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolutePath: string }> = ({ props }) => fileResponse(props.absolutePath);
