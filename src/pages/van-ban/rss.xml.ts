import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDocuments, getSiteSettings } from '../../data/portal';
import { documentFeedContent, documentFeedDescription } from '../../lib/feeds/document-feed';
import { contentTypeOf } from '../../lib/media/mime';
import { entryUrl } from '../../lib/routing/urls';
import { attachmentLinks } from '../../routes/attachments';

/** The 50 newest documents by issue date, each with its facts and its first file as the enclosure. */
export const GET: APIRoute = async ({ site }) => {
  const [documents, settings] = await Promise.all([getDocuments(), getSiteSettings()]);
  return rss({
    title: `Văn bản — ${settings.name}`,
    description: `Văn bản mới ban hành trên trang thông tin điện tử ${settings.name}.`,
    site: site!,
    customData: '<language>vi</language>',
    items: documents.slice(0, 50).map((doc) => {
      const files = attachmentLinks('documents', doc, doc.data.files, `${doc.data.type} ${doc.data.number}`).map((file) => ({
        ...file,
        url: new URL(file.href, site).href,
      }));
      const first = files[0];
      return {
        title: `${doc.data.type} ${doc.data.number}`,
        link: entryUrl('documents', doc.id),
        pubDate: doc.data.issued,
        description: documentFeedDescription(doc.data),
        content: documentFeedContent(
          doc.data,
          files.map(({ url, title, typeLabel, sizeText }) => ({ url, title, typeLabel, sizeText })),
        ),
        categories: [doc.data.type, doc.data.field, ...doc.data.issuer],
        enclosure: first && { url: first.url, length: first.bytes, type: contentTypeOf(first.fileName) },
      };
    }),
  });
};
