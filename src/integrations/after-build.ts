import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runAfterBuild } from '../lib/build/after-build';
import { setAsidePreviousOutput } from '../lib/build/previous-output';
import { CONTENT_DIR } from '../lib/content/collections';
import type { ThirdPartySettings } from '../lib/security/third-party';
import precompress from './precompress';
import pruneImageOriginals from './prune-image-originals';
import publishFiles from './publish-files';
import savedPages from './saved-pages';
import searchIndex from './search-index';
import { headersStep, readThirdPartySettings } from './security-headers';

/**
 * Everything done to the finished build, in one pass over one listing of
 * `dist/` (src/lib/build/after-build.ts). The order matters, step by step.
 */
function afterBuildSteps(thirdParty: () => ThirdPartySettings | undefined) {
  return [
    // First: later steps copy and index only the images that stay.
    pruneImageOriginals(),
    // The "Lưu" copies; before the search index, which leaves them out.
    savedPages(),
    // After the pages and saved copies, so it indexes the final HTML.
    searchIndex(),
    // Redirects (`_redirects`, pages at the old addresses) and nginx's maps; before `_headers`, which lists their folders.
    publishFiles(thirdParty),
    // `_headers` names every folder of the build, Pagefind's included.
    headersStep(thirdParty),
    // Last: `.br` and `.gz` beside every text file, all of them final by now.
    precompress(),
  ];
}

/** The after-build pass as an Astro integration: last in the list (src/integrations/index.ts). */
export default function afterBuild(): AstroIntegration {
  let site: URL;
  let outDir: string;
  let previousRemoved: Promise<void> | undefined;
  return {
    name: 'songoaivu:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
        outDir = fileURLToPath(config.outDir);
      },
      // The previous build's files are moved aside and deleted while pages render, instead of by Astro before it starts.
      'astro:build:start': () => {
        previousRemoved = setAsidePreviousOutput(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await previousRemoved;
        let stats: { value: ThirdPartySettings | undefined } | undefined;
        // The stats settings are read once, when a step first needs them.
        const thirdParty = () => (stats ??= { value: readThirdPartySettings(CONTENT_DIR) }).value;
        try {
          await runAfterBuild(fileURLToPath(dir), afterBuildSteps(thirdParty), {
            site,
            log: (step, line) => logger.fork(`songoaivu:${step}`).info(line),
            // A progress line is rewritten in place on a terminal; in a CI log its few lines go through the logger, timed and named.
            terminal: process.stdout,
          });
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
          throw error;
        }
      },
    },
  };
}
