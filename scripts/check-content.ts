/**
 * Checks all content without building the site (`npm run check`): names,
 * front matter, schemas, files beside entries, links and images in the
 * bodies, slugs, and the settings of content/cai-dat/. Prints every problem
 * and warning at once, in Vietnamese, and exits non-zero when something must
 * be fixed. The pull-request check runs it first (.github/workflows/pr.yml).
 */
import { appendFileSync } from 'node:fs';
import { CONTENT_DIR } from '../src/lib/content/collections';
import { reviewContent } from '../src/lib/checks/content-check';
import { DerivedCache } from '../src/lib/build/derived-cache';
import { formatProblem, formatReport, formatWarnings } from '../src/lib/checks/problem';
import { formatScheduled } from '../src/lib/content/scheduled';
import { runCommand } from './lib/cli/run';

await runCommand('kiểm tra nội dung', async () => {
  const { problems, warnings, scheduled } = await reviewContent(CONTENT_DIR, undefined, { cache: (kind) => DerivedCache.for(kind) });
  if (scheduled.length > 0) console.log(formatScheduled(scheduled));
  // On GitHub, the same report heads the run's page, where staff look first.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const heading = problems.length > 0 ? `## ✗ Nội dung có ${problems.length} lỗi, cần sửa trước khi xuất bản` : '## ✓ Nội dung hợp lệ';
    const lines = [...problems.map((p) => `- ✗ ${formatProblem(p)}`), ...warnings.map((p) => `- ⚠ ${formatProblem(p)}`)];
    appendFileSync(summaryFile, [heading, '', ...lines, ''].join('\n'));
  }
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  if (problems.length > 0) {
    console.error(formatReport(problems));
    process.exit(1);
  }
  console.log(`Nội dung trong ${CONTENT_DIR}/ hợp lệ${warnings.length > 0 ? ' (còn cảnh báo ở trên)' : ''}.`);
});
