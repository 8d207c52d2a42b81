/**
 * Checks all content without building the site (`npm run check`): names,
 * front matter, schemas, files beside entries, links and images in the
 * bodies, slugs, and the settings of content/cai-dat/. Prints every problem
 * and warning at once, in Vietnamese, and exits non-zero when something must
 * be fixed. The pull-request check runs it first (.github/workflows/pr.yml).
 */
import { CONTENT_DIR } from '../src/lib/collections';
import { reviewContent } from '../src/lib/content-check';
import { formatReport, formatWarnings } from '../src/lib/problem';
import { formatScheduled } from '../src/lib/publishing/scheduled';
import { runCommand } from './lib/cli/run';

await runCommand('kiểm tra nội dung', async () => {
  const { problems, warnings, scheduled } = await reviewContent(CONTENT_DIR);
  if (scheduled.length > 0) console.log(formatScheduled(scheduled));
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  if (problems.length > 0) {
    console.error(formatReport(problems));
    process.exit(1);
  }
  console.log(`Nội dung trong ${CONTENT_DIR}/ hợp lệ${warnings.length > 0 ? ' (còn cảnh báo ở trên)' : ''}.`);
});
