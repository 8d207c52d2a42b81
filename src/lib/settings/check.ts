import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { fieldKinds } from '../../schemas/fields';
import { siteSchema } from '../../schemas/settings';
import { COLLECTIONS } from '../content/collections';
import { formatDate, parseVietnamDate } from '../shared/dates';
import { checkEntry, lineOfPath } from '../checks/entry-check';
import { readPhone } from '../phone/number';
import { quoteValue, type ContentProblem } from '../checks/problem';
import { readRedirects, redirectProblems } from '../publish/redirects';
import { countVisitors } from '../stats/visitor-stats';
import { VIEWS_FOLDER, readViewFolder } from '../stats/view-files';
import { fieldName } from '../checks/zod-messages';
import { isMarkedAt } from '../shared/schema-walk';
import { readSettings, type LinksSettings, type Settings, type SettingsFile } from './read';

export interface SettingsReport {
  /** What stops the build. */
  problems: ContentProblem[];
  /** Printed, the site built anyway: a number in an old format (converted), an http link. */
  warnings: ContentProblem[];
  /** What was read, one line each, for `npm run settings`. */
  summary: string[];
  /** The settings files that passed their schema, as src/lib/settings/read.ts gives them. */
  settings: Settings;
}

type Path = (string | number)[];
type Finding = { path: Path; found: string; expected: string };

/**
 * Phone numbers written in a form the plan has since replaced: converted, with
 * a warning. A phone field is one its schema marks (`phoneField()` in
 * src/schemas/fields.ts), whatever it is called.
 */
function phoneFindings(schema: z.ZodType, data: unknown, note: (line: string) => void): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string' && isMarkedAt(schema, path, fieldKinds, { kind: 'phone' })) {
      const reading = readPhone(value);
      if (!reading.ok) return;
      note(`${fieldName(path)}: ${reading.number.display} → ${reading.number.href}`);
      const { change, number } = reading;
      if (!change) return;
      const why =
        change.rule === 'landline-2017'
          ? `từ năm 2017 mã vùng ${change.province} đổi từ ${change.from} thành ${change.to}`
          : `từ 15/09/2018 đầu số di động ${change.from} đổi thành ${change.to}`;
      findings.push({ path, found: quoteValue(value), expected: `viết "${number.display}": ${why} (trang đã hiện số mới)` });
    }
  };
  visit(data, []);
  return findings;
}

/** The same page twice, http and https, with or without the final slash of a site's root, counts as one. */
function linkKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

function linkFindings(data: LinksSettings, lineOf: (path: Path) => number | undefined) {
  const warnings: Finding[] = [];
  const errors: Finding[] = [];
  const seen = new Map<string, Path>();
  data.groups.forEach((group, g) =>
    group.links.forEach((link, l) => {
      const path: Path = ['groups', g, 'links', l, 'url'];
      if (link.url.startsWith('http://')) {
        warnings.push({
          path,
          found: quoteValue(link.url),
          expected: 'một địa chỉ https:// (địa chỉ http vẫn được đăng; hãy thử mở bản https của trang đó và sửa nếu được)',
        });
      }
      const key = linkKey(link.url);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, path);
        return;
      }
      const line = lineOf(first);
      errors.push({
        path,
        found: `${quoteValue(link.url)}, trùng với ${fieldName(first)}${line ? ` (dòng ${line})` : ''}`,
        expected: 'mỗi địa chỉ chỉ một lần trong danh sách liên kết; xóa một trong hai',
      });
    }),
  );
  return { warnings, errors };
}

/**
 * Checks `content/cai-dat/`: each settings file against its schema, then what
 * a schema cannot say: phone numbers in an old format (converted, with a
 * warning), http links (warning), the same link twice (error naming both),
 * and the page-view files of `cai-dat/thong-ke/` (errors with their line).
 * Used by every build (src/lib/checks/content-check.ts) and by `npm run settings`.
 */
export function checkSettings(contentDir: string, projectRoot = process.cwd()): SettingsReport {
  const display = (absolute: string) => relative(projectRoot, absolute) || absolute;
  const reading = readSettings(contentDir, projectRoot);
  const { settings, files } = reading;
  const report: SettingsReport = { problems: [], warnings: [], summary: [], settings };
  if (reading.unsafe) return { ...report, problems: reading.problems };

  for (const { name, file } of reading.missing) {
    // The header and footer need site.yaml; without the other two their widgets say there is nothing.
    if (name === 'site')
      report.problems.push({
        file,
        found: '(không có tệp)',
        expected: 'tệp site.yaml ghi tên Sở, cơ quan chủ quản, đường dây nóng và người chịu trách nhiệm nội dung',
      });
  }
  report.problems.push(...reading.problems);
  const toProblemIn =
    ({ file, doc, counter }: SettingsFile) =>
    ({ path, found, expected }: Finding): ContentProblem => ({ file, line: lineOfPath(doc, counter, path), field: fieldName(path), found, expected });
  if (settings.site && files.site) {
    const { file, data } = files.site;
    report.warnings.push(...phoneFindings(siteSchema(), data, (line) => report.summary.push(`${file} — ${line}`)).map(toProblemIn(files.site)));
  }
  if (settings.links && files.links) {
    const { file, doc, counter } = files.links;
    const { warnings, errors } = linkFindings(settings.links, (path) => lineOfPath(doc, counter, path));
    report.warnings.push(...warnings.map(toProblemIn(files.links)));
    report.problems.push(...errors.map(toProblemIn(files.links)));
    const groups = settings.links.groups;
    report.summary.push(`${file}: ${groups.reduce((n, group) => n + group.links.length, 0)} liên kết trong ${groups.length} nhóm`);
  }
  const legacyTotal = settings.stats?.legacyTotal ?? 0;

  const redirectsSpec = COLLECTIONS.redirects;
  const redirectsPath = join(contentDir, redirectsSpec.folder, redirectsSpec.pattern);
  if (existsSync(redirectsPath)) {
    const file = display(redirectsPath);
    const schemaProblems = checkEntry(redirectsSpec, redirectsPath, file, contentDir);
    report.problems.push(...schemaProblems);
    if (schemaProblems.length === 0) {
      // Targets are checked against the build (src/integrations/publish-files.ts), which knows every page.
      const redirects = readRedirects(contentDir);
      report.problems.push(...redirectProblems(redirects, file));
      report.summary.push(`${file}: ${redirects.length} địa chỉ cũ được chuyển hướng`);
    }
  }

  const views = readViewFolder(join(contentDir, VIEWS_FOLDER), display);
  report.problems.push(...views.problems);
  for (const { file, format, days } of views.files) report.summary.push(`${file}: ${format ?? 'không rõ dạng'}, ${days} ngày`);
  const counts = countVisitors(views.views, legacyTotal);
  report.summary.push(
    counts
      ? `Thống kê: số liệu đến ngày ${formatDate(parseVietnamDate(counts.asOf)!)}, tổng ${counts.total} lượt (gồm ${legacyTotal} của bộ đếm cũ)`
      : `Thống kê: chưa có tệp số liệu trong ${display(join(contentDir, VIEWS_FOLDER))}/`,
  );
  return report;
}
