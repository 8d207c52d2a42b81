/**
 * Builds the site and writes its archive copies into archive/:
 *
 *   npm run archive                        # build content/, then archive it
 *   npm run archive -- --site-dir dist     # archive a site already built
 *
 * <name>-<yyyy-mm-dd>-<commit>.zip opens from a disk (index.html at its root,
 * manifest.json with every file's SHA-256); <same>.wacz is the site as served,
 * for web archives. Check a copy with `npm run archive:verify <zip>`. The manifest is signed
 * with the private key whose file ARCHIVE_SIGNING_KEY names (scripts/lib/archive/signature.ts).
 */
import { parseArgs } from 'node:util';
import { createArchive } from './lib/archive/make-archive';
import { SIGNING_KEY_VARIABLE, signingKeyFromEnvironment } from './lib/archive/signature';
import { runSiteBuild } from './lib/build/site-build';
import { argsWithoutDebug, runCommand } from './lib/cli/run';

const { values } = parseArgs({
  args: argsWithoutDebug(),
  options: {
    'site-dir': { type: 'string' },
    out: { type: 'string', default: 'archive' },
  },
});

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
await runCommand('tạo bản lưu', async () => {
  let siteDir = values['site-dir'];
  if (!siteDir) {
    siteDir = 'dist';
    console.log('Đang dựng trang…');
    const build = await runSiteBuild({ outDir: siteDir, debug: process.argv.includes('--debug') });
    if (!build.ok) {
      process.exitCode = build.exitCode;
      return;
    }
  }
  const started = performance.now();
  const signingKey = signingKeyFromEnvironment();
  if (!signingKey)
    console.warn(`Cảnh báo: bản lưu sẽ KHÔNG được ký (chưa đặt biến ${SIGNING_KEY_VARIABLE} chỉ tới tệp khóa riêng); archive:verify sẽ báo "chưa ký".`);
  const report = await createArchive({ siteDir, outDir: values.out, workDir: '.tmp/archive-work', signingKey, progressOut: process.stdout });
  console.log(
    `Bản lưu ngoại tuyến: ${report.zip} (${report.offline.pages} trang, ${report.manifest.files.length} tệp, ${mebibytes(report.zipBytes)}; tìm kiếm ngoại tuyến trên ${report.offline.indexed} trang)`,
  );
  console.log(`Bản lưu web (WACZ): ${report.wacz} (${report.web.pages} trang, ${report.web.records} bản ghi WARC, ${mebibytes(report.web.bytes)})`);
  console.log(`Xong trong ${((performance.now() - started) / 1000).toFixed(1)} s. Kiểm tra: npm run archive:verify ${report.zip}`);
});
