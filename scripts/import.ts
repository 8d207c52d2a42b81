/**
 * Brings the old site's content over from a saved copy (`npm run import -- <copy>`):
 * a `wget --mirror`/HTTrack folder, a WARC/WACZ archive, or a WordPress export.
 * Writes entries into content/, redirects into content/cai-dat/chuyen-huong.yaml,
 * and a Vietnamese report. How it reads pages: docs/dev/import.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/lib/content/collections';
import { importSite } from './lib/import/importer';
import { formatImportReport } from './lib/import/report';

const USAGE =
  'Cách dùng: npm run import -- <thư-mục | tệp .warc(.gz) | .wacz | .xml> [--config import.yaml] [--dry-run] [--out content] [--report bao-cao-nhap.md]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string', default: CONTENT_DIR },
      report: { type: 'string', default: 'bao-cao-nhap.md' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [input] = args.positionals;
if (!input || args.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const outcome = await importSite({ input, outDir: args.values.out, config: args.values.config, dryRun: args.values['dry-run'] });
  const report = formatImportReport(outcome);
  if (outcome.dryRun) {
    console.log(report);
    console.log(`Chạy thử: sẽ tạo ${outcome.files.length} tệp trong ${args.values.out}/:`);
    for (const file of outcome.files) console.log(`  ${args.values.out}/${file}`);
  } else {
    writeFileSync(args.values.report, report);
    console.log(
      `Đã nhập ${outcome.imported.length} trang vào ${args.values.out}/ (bỏ qua ${outcome.skipped.length}, gộp ${outcome.merged.length}, thiếu ${outcome.missing.length} ảnh/tệp) trong ${(outcome.milliseconds / 1000).toFixed(1)} giây. Báo cáo: ${args.values.report}`,
    );
  }
  if (outcome.problems.length > 0) {
    console.error(`${outcome.problems.length} lỗi kiểm tra nội dung trong các tệp vừa nhập: xem mục cuối của ${args.values.report}.`);
    process.exit(1);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
