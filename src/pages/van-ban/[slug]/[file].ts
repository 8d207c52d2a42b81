import { attachmentRoutes, serveAttachment } from '../../../routes/attachments';

/** Copies each attachment to `/van-ban/<slug>/<file>`, beside the document's page. */
export const getStaticPaths = () => attachmentRoutes('documents');

export const GET = serveAttachment;
