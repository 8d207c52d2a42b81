/**
 * Checks an archive copy against its manifest: every file's SHA-256, and any
 * file missing or added. Exit code 1 when anything differs.
 *
 *   npm run archive:verify archive/songoaivu-sonla-2026-11-29-71ba2de.zip
 *   npm run archive:verify path/to/unzipped-folder
 */
import { isIntact, verifyArchive } from './lib/archive-files';

const path = process.argv[2];
if (!path) {
  console.error('Cách dùng: npm run archive:verify <tệp .zip hoặc thư mục đã giải nén>');
  process.exit(2);
}
const report = await verifyArchive(path).catch((error: Error) => ({ problem: error.message }) as Awaited<ReturnType<typeof verifyArchive>>);
if (report.problem) {
  console.error(`${path}: không kiểm tra được — ${report.problem}`);
  process.exit(1);
}
const { manifest } = report;
console.log(`${path}: bản lưu của ${manifest!.site}, commit ${manifest!.commit.slice(0, 7)}, tạo lúc ${manifest!.builtAt}`);
for (const file of report.changed) console.log(`  ĐÃ THAY ĐỔI (mã SHA-256 khác manifest): ${file}`);
for (const file of report.missing) console.log(`  BỊ THIẾU (có trong manifest, không có trong bản lưu): ${file}`);
for (const file of report.added) console.log(`  THÊM VÀO (không có trong manifest): ${file}`);
if (isIntact(report)) {
  console.log(`Toàn vẹn: cả ${report.checked} tệp khớp với manifest.`);
} else {
  console.log(`KHÔNG toàn vẹn: ${report.changed.length} tệp thay đổi, ${report.missing.length} tệp thiếu, ${report.added.length} tệp thêm vào (${report.checked} tệp đã kiểm tra).`);
  process.exit(1);
}
