import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/collections';
import { reviewContent } from '../lib/content-check';
import { formatReport, formatWarnings } from '../lib/problem';
import { formatScheduled } from '../lib/publishing/scheduled';

/**
 * Checks every content file before Astro loads it, so staff get every problem
 * at once, in Vietnamese, with file, line and field, and nothing broken is
 * published (Astro's own errors stop at the first entry and are in English).
 * Warnings (a phone number in its pre-2017 form, an http link) are printed and
 * the build goes on.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'songoaivu:content-guard',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const { problems, warnings, scheduled } = await reviewContent(CONTENT_DIR);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings));
        if (scheduled.length > 0) logger.info(formatScheduled(scheduled));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        logger.error(report);
        throw new Error(report);
      },
    },
  };
}
