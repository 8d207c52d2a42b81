import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDocuments, getSiteSettings } from '../../data/portal';
import { attachmentRefs } from '../../lib/media/attachments';
import { documentFeedContent, documentFeedDescription } from '../../lib/feeds/document-feed';
import { describeAttachment } from '../../lib/media/files';
import { contentTypeOf } from '../../lib/media/mime';
import { attachmentUrl, entryUrl } from '../../lib/routing/urls';

/** The 50 newest documents by issue date, each with its facts and its first file as the enclosure. */
export const GET: APIRoute = async ({ site }) => {
  const [documents, settings] = await Promise.all([getDocuments(), getSiteSettings()]);
  return rss({
    title: `Văn bản — ${settings.name}`,
    description: `Văn bản mới ban hành trên trang thông tin điện tử ${settings.name}.`,
    site: site!,
    customData: '<language>vi</language>',
    items: documents.slice(0, 50).map((doc) => {
      const files = attachmentRefs(doc.filePath!, doc.data.files, `${doc.data.type} ${doc.data.number}`).map((ref) => ({
        ref,
        info: describeAttachment(ref.absolutePath, ref.file),
        url: new URL(attachmentUrl('documents', doc.id, ref.file), site).href,
      }));
      const first = files[0];
      return {
        title: `${doc.data.type} ${doc.data.number}`,
        link: entryUrl('documents', doc.id),
        pubDate: doc.data.issued,
        description: documentFeedDescription(doc.data),
        content: documentFeedContent(
          doc.data,
          files.map(({ ref, info, url }) => ({ url, title: ref.title, typeLabel: info.typeLabel, sizeText: info.sizeText })),
        ),
        categories: [doc.data.type, doc.data.field, ...doc.data.issuer],
        enclosure: first && { url: first.url, length: first.info.bytes, type: contentTypeOf(first.ref.file) },
      };
    }),
  });
};
