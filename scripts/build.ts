/**
 * Builds the site into dist/ (`npm run build`), so that a failed or stopped
 * build never leaves a half-written site (scripts/lib/build/site-build.ts):
 *
 * - the content check runs first; on a problem it prints the Vietnamese report and Astro never starts;
 * - Astro builds into a staging folder (.dist-dang-dung/) and dist/ is replaced only when every
 *   step (pages, pruning, saved copies, search index, headers) succeeded;
 * - Ctrl-C or SIGTERM stops Astro and all its workers, removes the staging folder, keeps dist/;
 * - a second build in the same checkout stops with a message instead of corrupting the first.
 *
 *   npm run build [-- --out-dir dist] [-- --debug]
 */
import { parseArgs } from 'node:util';
import { runSiteBuild } from './lib/build/site-build';
import { argsWithoutDebug, runCommand } from './lib/cli/run';

const { values } = parseArgs({ args: argsWithoutDebug(), options: { 'out-dir': { type: 'string', default: 'dist' } } });

await runCommand('dựng trang', async () => {
  const result = await runSiteBuild({ outDir: values['out-dir'], debug: process.argv.includes('--debug') });
  if (!result.ok) process.exitCode = result.exitCode;
});
