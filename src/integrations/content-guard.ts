import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/collections';
import { checkContent } from '../lib/content-check';
import { formatReport } from '../lib/problem';

/**
 * Checks every content file before Astro loads it, so staff get every problem
 * at once, in Vietnamese, with file, line and field, and nothing broken is
 * published (Astro's own errors stop at the first entry and are in English).
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'songoaivu:content-guard',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const problems = await checkContent(CONTENT_DIR);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        logger.error(report);
        throw new Error(report);
      },
    },
  };
}
