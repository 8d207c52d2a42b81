/**
 * Checks an archive copy: the manifest's signature against the department's
 * public key (archive-signing-key.pub.pem, or --public-key), then every file's
 * SHA-256 against the manifest, and any file missing or added. Exit code 1
 * when anything differs, when the copy is unsigned or wrongly signed.
 *
 *   npm run archive:verify archive/songoaivu-sonla-2026-11-29-71ba2de.zip
 *   npm run archive:verify path/to/unzipped-folder -- --public-key khoa.pub.pem
 */
import { parseArgs } from 'node:util';
import { ARCHIVE_PUBLIC_KEY, trustedPublicKey } from './lib/archive/signature';
import { DuplicateEntryError, isIntact, verifyArchive } from './lib/archive/files';
import { argsWithoutDebug, runCommand } from './lib/cli/run';

const { values, positionals } = parseArgs({ args: argsWithoutDebug(), allowPositionals: true, options: { 'public-key': { type: 'string' } } });
const path = positionals[0];

const SIGNATURE_LINES = {
  valid: 'Chữ ký: hợp lệ (manifest do Sở tạo, chưa bị sửa).',
  unsigned: 'Chữ ký: CHƯA KÝ — không có manifest.json.sig; không thể biết manifest có bị thay cùng các tệp hay không.',
  invalid: 'Chữ ký: SAI — manifest.json đã bị sửa sau khi ký, hoặc được ký bằng khóa khác.',
  'no-public-key': `Chữ ký: không kiểm tra được — thiếu khóa công khai (${ARCHIVE_PUBLIC_KEY} hoặc --public-key <tệp>).`,
} as const;

await runCommand('kiểm tra bản lưu', async () => {
  if (!path) {
    console.error('Cách dùng: npm run archive:verify <tệp .zip hoặc thư mục đã giải nén> [-- --public-key <tệp .pem>]');
    process.exitCode = 2;
    return;
  }
  const report = await verifyArchive(path, trustedPublicKey(values['public-key'])).catch((error: Error) => {
    if (error instanceof DuplicateEntryError) return { problem: error.message } as Awaited<ReturnType<typeof verifyArchive>>;
    throw error;
  });
  if (report.problem) {
    console.error(`${path}: không kiểm tra được — ${report.problem}`);
    process.exitCode = 1;
    return;
  }
  const { manifest } = report;
  console.log(`${path}: bản lưu của ${manifest!.site}, commit ${manifest!.commit.slice(0, 7)}, tạo lúc ${manifest!.builtAt}`);
  console.log(`  ${SIGNATURE_LINES[report.signature]}`);
  for (const file of report.changed) console.log(`  ĐÃ THAY ĐỔI (mã SHA-256 khác manifest): ${file}`);
  for (const file of report.missing) console.log(`  BỊ THIẾU (có trong manifest, không có trong bản lưu): ${file}`);
  for (const file of report.added) console.log(`  THÊM VÀO (không có trong manifest): ${file}`);
  if (isIntact(report)) {
    console.log(`Toàn vẹn: cả ${report.checked} tệp khớp với manifest.`);
  } else {
    const signature = report.signature === 'valid' ? '' : ', chữ ký không hợp lệ hoặc không có';
    console.log(
      `KHÔNG toàn vẹn: ${report.changed.length} tệp thay đổi, ${report.missing.length} tệp thiếu, ${report.added.length} tệp thêm vào${signature} (${report.checked} tệp đã kiểm tra).`,
    );
    process.exitCode = 1;
  }
});
