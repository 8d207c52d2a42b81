/**
 * Makes the department's archive signing key pair, once (`npm run archive:keygen -- <folder>`):
 * the private key into <folder>/archive-signing-key.pem (readable by its owner only; keep it
 * off the repository, e.g. on the archivist's machine or in the CI secret store of the
 * job that makes archives), the public key into archive-signing-key.pub.pem at the project's
 * root, to commit. See docs/dev/security.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_PUBLIC_KEY, SIGNING_KEY_VARIABLE, generateSigningKeys } from './lib/archive/signature';
import { runCommand } from './lib/cli/run';

await runCommand('tạo khóa ký bản lưu', async () => {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Cách dùng: npm run archive:keygen -- <thư mục giữ khóa riêng, ngoài mã nguồn>');
    process.exitCode = 2;
    return;
  }
  const privateFile = join(folder, 'archive-signing-key.pem');
  if (existsSync(privateFile) || existsSync(ARCHIVE_PUBLIC_KEY)) {
    console.error(`Đã có khóa (${privateFile} hoặc ${ARCHIVE_PUBLIC_KEY}); không ghi đè.`);
    process.exitCode = 1;
    return;
  }
  const { privateKey, publicKey } = generateSigningKeys();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(privateFile, privateKey, { mode: 0o600 });
  writeFileSync(ARCHIVE_PUBLIC_KEY, publicKey);
  console.log(`Khóa riêng: ${privateFile} (giữ bí mật). Khóa công khai: ${ARCHIVE_PUBLIC_KEY} (commit tệp này).`);
  console.log(`Khi tạo bản lưu: ${SIGNING_KEY_VARIABLE}=${privateFile} npm run archive`);
});
