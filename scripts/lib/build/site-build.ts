/**
 * The site's build as `npm run build` and `npm run archive` run it: the content
 * check first, then Astro into a staging folder under the checkout's lock,
 * moved into place only when every step succeeded (atomic-build.ts), its
 * whole process tree stopped on SIGINT/SIGTERM (child-process.ts). Prints
 * one Vietnamese line for each way it can end.
 */
import { CONTENT_DIR } from '../../../src/lib/content/collections';
import { CONTENT_CHECKED_ENV } from '../../../src/integrations/content-guard';
import { reviewContent } from '../../../src/lib/checks/content-check';
import { DerivedCache } from '../../../src/lib/build/derived-cache';
import { formatReport, formatWarnings } from '../../../src/lib/checks/problem';
import { buildAtomically } from './atomic-build';
import { InterruptedError, runInGroup } from './child-process';
import { BuildLockedError } from './lock';
import { ASTRO_CLI } from './build-site';

/** How a build ended; the exit code a command should give. */
export type SiteBuildResult = { ok: true } | { ok: false; exitCode: number };

/** Stack frames are for developers: shown with --debug only. */
const isStackLine = (line: string) => /^\s+at\s/.test(line) || /^\s*Stack trace:/.test(line);

export async function runSiteBuild({ outDir, debug = false }: { outDir: string; debug?: boolean }): Promise<SiteBuildResult> {
  const { problems, warnings } = await reviewContent(CONTENT_DIR, undefined, { cache: (kind) => DerivedCache.for(kind) });
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  if (problems.length > 0) {
    console.error(formatReport(problems));
    console.error(`Chưa dựng trang: ${outDir}/ giữ nguyên bản trước.`);
    return { ok: false, exitCode: 1 };
  }
  try {
    await buildAtomically({
      outDir,
      build: (staging) =>
        runInGroup({
          command: process.execPath,
          args: [ASTRO_CLI, 'build', '--outDir', staging],
          env: { ...process.env, [CONTENT_CHECKED_ENV]: '1' },
          onLine: (line, stream) => {
            if (debug || !isStackLine(line)) (stream === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`);
          },
        }),
    });
    console.log(`Đã dựng trang vào ${outDir}/.`);
    return { ok: true };
  } catch (error) {
    if (error instanceof BuildLockedError) {
      console.error(error.message);
      return { ok: false, exitCode: 1 };
    }
    if (error instanceof InterruptedError) {
      console.error(`Đã dừng dựng trang (${error.signal}); ${outDir}/ giữ nguyên bản trước.`);
      return { ok: false, exitCode: error.signal === 'SIGINT' ? 130 : 143 };
    }
    if ((error as Error).message.startsWith('exit ')) {
      console.error(
        `Dựng trang không thành công (xem thông báo ở trên); ${outDir}/ giữ nguyên bản trước.${debug ? '' : ' Chạy lại với --debug để xem chi tiết kỹ thuật.'}`,
      );
      return { ok: false, exitCode: 1 };
    }
    throw error;
  }
}
