import { attachmentRoutes, serveAttachment } from '../../../routes/attachments';

/** Copies each form to `/thu-tuc-hanh-chinh/<slug>/<file>`, beside the procedure's page. */
export const getStaticPaths = () => attachmentRoutes('procedures');

export const GET = serveAttachment;
