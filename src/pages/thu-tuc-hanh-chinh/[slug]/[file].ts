import type { APIRoute, GetStaticPaths } from 'astro';
import { getProcedures } from '../../../data/portal';
import { attachmentRefs } from '../../../lib/media/attachments';
import { fileResponse } from '../../../lib/media/serve-file';

/** Copies each form to `/thu-tuc-hanh-chinh/<slug>/<file>`, beside the procedure's page. */
export const getStaticPaths = (async () =>
  (await getProcedures()).flatMap((procedure) =>
    attachmentRefs(procedure.filePath!, procedure.data.forms).map((ref) => ({
      params: { slug: procedure.id, file: ref.file },
      props: { absolutePath: ref.absolutePath },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ absolutePath: string }> = ({ props }) => fileResponse(props.absolutePath);
