/**
 * Checks the settings of content/cai-dat/ — contacts, phone numbers, website
 * links, page-view files — as every build does, and prints what the site will
 * show (`npm run settings`). With --check-external it also asks each linked
 * site whether the link still works (off by default: builds have no network).
 * Exits non-zero when something must be fixed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, CONTENT_DIR } from '../src/lib/content/collections';
import { formatReport, formatWarnings } from '../src/lib/checks/problem';
import { checkSettings } from '../src/lib/settings/check';
import { argsWithoutDebug, runCommand } from './lib/cli/run';
import { checkLinks } from './lib/gates/link-check';

const { values } = parseArgs({ args: argsWithoutDebug(), options: { 'check-external': { type: 'boolean', default: false } } });

await runCommand('kiểm tra cài đặt', async () => {
  const report = checkSettings(CONTENT_DIR);
  for (const line of report.summary) console.log(`  ${line}`);
  if (report.warnings.length > 0) console.warn(formatWarnings(report.warnings));
  if (report.problems.length > 0) {
    console.error(formatReport(report.problems));
    process.exit(1);
  }
  console.log('Cài đặt hợp lệ.');

  if (values['check-external']) {
    const links = report.settings.links?.groups.flatMap((group) => group.links) ?? [];
    const file = join(CONTENT_DIR, COLLECTIONS.links.folder, COLLECTIONS.links.pattern);
    console.log(`Đang kiểm tra ${links.length} liên kết…`);
    const results = await checkLinks(links.map((link) => link.url));
    const failed = results.flatMap((result, index) => (result.ok ? [] : [{ ...result, title: links[index]!.title }]));
    for (const { title, url, status, error } of failed) {
      console.error(`  ✗ ${title} — ${url}: ${status ? `trả về mã HTTP ${status}` : error}`);
    }
    if (failed.length > 0) {
      console.error(`${failed.length}/${links.length} liên kết không mở được; sửa hoặc bỏ chúng trong ${file}.`);
      process.exit(1);
    }
    console.log(`Cả ${links.length} liên kết đều mở được.`);
  }
});
