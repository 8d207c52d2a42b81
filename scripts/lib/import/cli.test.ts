import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWordPressExport } from '../../../tests/helpers/legacy-portal';

const TSX = resolve('node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(TSX, ['scripts/import.ts', ...args], { encoding: 'utf8' });

describe('npm run import', () => {
  it('--dry-run prints the report and the files it would create, and writes none', async () => {
    const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const xml = await writeWordPressExport(join(work, 'wordpress'));
    const result = run(xml, '--dry-run', '--out', content);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# Báo cáo nhập nội dung từ trang cũ (chạy thử, chưa ghi tệp nào)');
    expect(result.stdout).toContain(`Chạy thử: sẽ tạo 5 tệp trong ${content}/:`);
    expect(result.stdout).toContain(`  ${content}/tin-tuc/2018/son-la-don-tong-lanh-su-lao-tai-da-nang.md`);
    expect(existsSync(join(content, 'tin-tuc/2018'))).toBe(false);
  }, 180_000);

  it('says in Vietnamese what it needs when the copy is missing or the arguments are wrong', () => {
    const missing = run('khong-co-thu-muc-nay');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'Không tìm thấy "khong-co-thu-muc-nay": cần một thư mục tải về (wget/HTTrack), tệp .warc, .warc.gz, .wacz hoặc .xml (WordPress).',
    );
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Cách dùng: npm run import --');
    // Each run starts tsx and loads the project's modules: slow on a loaded machine.
  }, 180_000);
});
