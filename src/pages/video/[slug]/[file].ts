import { attachmentRoutes, serveAttachment } from '../../../routes/attachments';

/** Copies a clip's local MP4 and captions track to `/video/<slug>/<file>`. */
export const getStaticPaths = () => attachmentRoutes('videos');

export const GET = serveAttachment;
