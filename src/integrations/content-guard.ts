import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { DerivedCache } from '../lib/build/derived-cache';
import { CONTENT_DIR } from '../lib/content/collections';
import { reviewContent } from '../lib/checks/content-check';
import { devReportPage } from '../lib/checks/dev-report';
import { formatReport, formatWarnings, type ContentProblem } from '../lib/checks/problem';
import { formatScheduled } from '../lib/content/scheduled';

async function review(logger: AstroIntegrationLogger): Promise<ContentProblem[]> {
  const { problems, warnings, scheduled } = await reviewContent(CONTENT_DIR, undefined, { cache: (kind) => DerivedCache.for(kind) });
  if (warnings.length > 0) logger.warn(formatWarnings(warnings));
  if (scheduled.length > 0) logger.info(formatScheduled(scheduled));
  if (problems.length > 0) logger.error(formatReport(problems));
  return problems;
}

/**
 * Checks every content file before Astro loads it, so staff get every problem
 * at once, in Vietnamese, with file, line and field, and nothing broken is
 * published (Astro's own errors stop at the first entry and are in English).
 * Warnings (a phone number in its pre-2017 form, an http link) are printed and
 * the build goes on.
 *
 * `astro build` prints the report once and exits 1 (a thrown error would add
 * Astro's English "unhandled error" and a stack trace). `astro dev` checks
 * again on every change under content/ and, while problems remain, answers
 * every page with the report (src/lib/checks/dev-report.ts) instead of
 * Astro's English error overlay.
 */
/**
 * Set by `npm run build` (scripts/lib/build/site-build.ts), which has checked
 * the content just before starting Astro: checked again, every warning was
 * printed twice and every photo decoded twice.
 */
export const CONTENT_CHECKED_ENV = 'SITE_CONTENT_CHECKED';

export default function contentGuard(): AstroIntegration {
  let problems: ContentProblem[] = [];
  return {
    name: 'songoaivu:content-guard',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command === 'build' && process.env[CONTENT_CHECKED_ENV] === '1') return;
        problems = await review(logger);
        if (problems.length > 0 && command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentRoot = resolve(CONTENT_DIR);
        let pending: NodeJS.Timeout | undefined;
        const recheck = (path: string) => {
          if (!resolve(path).startsWith(contentRoot)) return;
          clearTimeout(pending);
          pending = setTimeout(async () => {
            const before = problems.length;
            problems = await review(logger);
            if (problems.length === 0 && before > 0) logger.info('Nội dung đã hợp lệ: trang xem trước hiện lại.');
          }, 150);
        };
        server.watcher.add(contentRoot);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
        server.middlewares.use((request, response, next) => {
          const wantsPage = (request.headers.accept ?? '').includes('text/html');
          if (problems.length === 0 || !wantsPage) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(devReportPage(problems));
        });
      },
    },
  };
}
