import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { COLLECTIONS, SETTINGS_FOLDER } from '../content/collections';
import { formatDate, parseVietnamDate } from '../shared/dates';
import { checkEntry, lineOfPath } from '../checks/entry-check';
import { readPhone } from '../phone/number';
import { quoteValue, type ContentProblem } from '../checks/problem';
import { readRedirects, redirectProblems } from '../publish/redirects';
import { countVisitors } from '../stats/visitor-stats';
import { VIEWS_FOLDER, readViewFolder } from '../stats/view-files';
import { fieldName } from '../checks/zod-messages';
import { unsafeFiles } from '../security/unsafe-files';

export interface SettingsReport {
  /** What stops the build. */
  problems: ContentProblem[];
  /** Printed, the site built anyway: a number in an old format (converted), an http link. */
  warnings: ContentProblem[];
  /** What was read, one line each, for `npm run settings`. */
  summary: string[];
}

type Path = (string | number)[];
type Finding = { path: Path; found: string; expected: string };

/** Fields of site.yaml that hold a phone number. */
const PHONE_FIELDS = new Set(['phone', 'fax', 'number']);

/** Phone numbers written in a form the plan has since replaced: converted, with a warning. */
function phoneFindings(site: unknown, note: (line: string) => void): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    else if (typeof value === 'string' && PHONE_FIELDS.has(String(path.at(-1)))) {
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
  visit(site, []);
  return findings;
}

interface Links {
  groups: { title: string; links: { title: string; url: string }[] }[];
}

/** The same page twice, http and https, with or without the final slash of a site's root, counts as one. */
function linkKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

function linkFindings(data: Links, lineOf: (path: Path) => number | undefined) {
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
  const report: SettingsReport = { problems: [], warnings: [], summary: [] };
  const unsafe = unsafeFiles(join(contentDir, SETTINGS_FOLDER), display);
  if (unsafe.length > 0) return { ...report, problems: unsafe };
  let legacyTotal = 0;

  for (const name of ['site', 'links', 'stats', 'redirects'] as const) {
    const spec = COLLECTIONS[name];
    const absolute = join(contentDir, spec.folder, spec.pattern);
    const file = display(absolute);
    if (!existsSync(absolute)) {
      // The header and footer need site.yaml; without the other two their widgets say there is nothing.
      if (name === 'site') report.problems.push({ file, found: '(không có tệp)', expected: 'tệp site.yaml ghi tên Sở, cơ quan chủ quản, đường dây nóng và người chịu trách nhiệm nội dung' });
      continue;
    }
    const schemaProblems = checkEntry(spec, absolute, file, contentDir);
    report.problems.push(...schemaProblems);
    if (schemaProblems.length > 0) continue;

    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter: counter });
    const data: unknown = doc.toJS();
    const lineOf = (path: Path) => lineOfPath(doc, counter, path);
    const toProblem = ({ path, found, expected }: Finding): ContentProblem => ({ file, line: lineOf(path), field: fieldName(path), found, expected });
    if (name === 'site') {
      report.warnings.push(...phoneFindings(data, (line) => report.summary.push(`${file} — ${line}`)).map(toProblem));
    } else if (name === 'links') {
      const { warnings, errors } = linkFindings(data as Links, lineOf);
      report.warnings.push(...warnings.map(toProblem));
      report.problems.push(...errors.map(toProblem));
      const groups = (data as Links).groups;
      report.summary.push(`${file}: ${groups.reduce((n, group) => n + group.links.length, 0)} liên kết trong ${groups.length} nhóm`);
    } else if (name === 'redirects') {
      // Targets are checked against the build (src/integrations/publish-files.ts), which knows every page.
      const redirects = readRedirects(contentDir);
      report.problems.push(...redirectProblems(redirects, file));
      report.summary.push(`${file}: ${redirects.length} địa chỉ cũ được chuyển hướng`);
    } else {
      legacyTotal = (data as { legacyTotal: number }).legacyTotal;
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
