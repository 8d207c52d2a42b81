import type { AstroIntegration } from 'astro';

/** URLs of the files written beside document and clip pages by their `[file].ts` endpoints. */
const FILE_URL = /^\/(?:van-ban|video)\/[^/]+\/[^/]+\.(?:pdf|docx?|xlsx?|odt|ods|mp4|vtt)$/i;

/**
 * Astro 5's dev server only matches a dynamic file endpoint with a trailing
 * slash when `trailingSlash` is 'always' (withastro/astro#17001, fixed in
 * Astro 6 only), while the build writes `/van-ban/<slug>/<file>.pdf`. In dev,
 * the plain URL is routed to the endpoint so staff previews links as built.
 */
export default function devFileEndpoints(): AstroIntegration {
  return {
    name: 'songoaivu:dev-file-endpoints',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (FILE_URL.test(url.pathname)) request.url = `${url.pathname}/${url.search}`;
          next();
        });
      },
    },
  };
}
