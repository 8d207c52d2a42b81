import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { VALID_TREE, article, writeTree } from './helpers/content-tree';

/** `npm run build` of a content tree into its own folder; what it printed and how it ended. */
async function npmRunBuild(contentDir: string): Promise<{ code: number; output: string; outDir: string }> {
  const outDir = join(contentDir, '..', `${contentDir.split('/').at(-1)}-dist`);
  // Without vitest's variables, as staff run it.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), SITE_CONTENT_DIR: contentDir };
  return promisify(execFile)('npx', ['tsx', 'scripts/build.ts', '--out-dir', outDir], { env, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr, outDir }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr, outDir }),
  );
}

const documentEntry = (number: string, files: string) =>
  `---\nnumber: ${number}\ntype: Quyết định\nissuer: UBND tỉnh Sơn La\nfield: Hợp tác quốc tế\nissued: 2024-05-10\nsummary: Ban hành quy chế quản lý đoàn ra.\nfiles:\n${files}\n---\n`;

const procedureEntry = [
  '---',
  'title: Cho phép tổ chức hội nghị quốc tế',
  'code: "1.005432"',
  'portalUrl: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.005432',
  'field: Hội nghị, hội thảo quốc tế',
  'level: Cấp tỉnh',
  'date: 2024-05-10',
  'processingTime: 15 ngày làm việc',
  'fees: Không',
  'applicants: Cơ quan, tổ chức trên địa bàn tỉnh',
  'steps:',
  '  - Nộp hồ sơ.',
  'requirements:',
  '  - Văn bản đề nghị.',
  'forms:',
  '  - hoi-nghi-quoc-te-mau-don.docx',
  '---',
  '',
].join('\n');

/**
 * The smallest tree plus two documents and a procedure with attachments; the
 * other collections (albums, videos, questions, schedule…) are empty.
 */
const TREE = {
  ...VALID_TREE,
  'van-ban/qd-125-ubnd.md': documentEntry('125/QĐ-UBND', '  - file: quyet-dinh-ban-hanh-quy-che-qd-125-quy-che-doan-ra.pdf\n    title: Quy chế đoàn ra'),
  'van-ban/quyet-dinh-ban-hanh-quy-che-qd-125-quy-che-doan-ra.pdf': '%PDF-1.4\n',
  'van-ban/qd-126-ubnd.md': documentEntry('126/QĐ-UBND', '  - qd-126-ubnd.pdf'),
  'van-ban/qd-126-ubnd.pdf': '%PDF-1.4\n',
  'thu-tuc-hanh-chinh/hoi-nghi-quoc-te.md': procedureEntry,
  'thu-tuc-hanh-chinh/hoi-nghi-quoc-te-mau-don.docx': 'x',
};

const attachmentLinks = (outDir: string, page: string) =>
  [...parseHTML(readFileSync(join(outDir, page, 'index.html'), 'utf8')).document.querySelectorAll('ul.attachments a')].map((a) => [
    a.textContent!.trim(),
    a.getAttribute('href'),
  ]);

describe('npm run build speaks to staff only in Vietnamese, and only when something is wrong', () => {
  const dir = writeTree(TREE);
  let first: Awaited<ReturnType<typeof npmRunBuild>>;

  it('a valid tree with empty collections builds without a single warning (no English "No files found" or "is empty")', async () => {
    first = await npmRunBuild(dir);
    expect(first.code, first.output).toBe(0);
    expect(first.output).not.toMatch(/\[WARN\]|No files found|does not exist|is empty/);
  }, 300_000);

  it('attachments are shown under a human title; their addresses stay ASCII', () => {
    expect(attachmentLinks(first.outDir, 'van-ban/qd-125-ubnd')).toEqual([
      ['Tải về: Quy chế đoàn ra', '/van-ban/qd-125-ubnd/quyet-dinh-ban-hanh-quy-che-qd-125-quy-che-doan-ra.pdf'],
    ]);
    // No title: the document's type and number, not "qd-126-ubnd.pdf"; the type and size follow the link.
    expect(attachmentLinks(first.outDir, 'van-ban/qd-126-ubnd')).toEqual([['Tải về: Quyết định 126/QĐ-UBND', '/van-ban/qd-126-ubnd/qd-126-ubnd.pdf']]);
    expect(attachmentLinks(first.outDir, 'thu-tuc-hanh-chinh/hoi-nghi-quoc-te')).toEqual([
      ['Tải về: Mẫu đơn, tờ khai', '/thu-tuc-hanh-chinh/hoi-nghi-quoc-te/hoi-nghi-quoc-te-mau-don.docx'],
    ]);
    expect(readFileSync(join(first.outDir, 'van-ban/qd-126-ubnd/qd-126-ubnd.pdf'), 'utf8')).toBe('%PDF-1.4\n');
  });

  it('the build after an entry is edited prints no false "Duplicate id" warning, and shows the edit', async () => {
    writeFileSync(join(dir, 'tin-tuc/hop-bao.md'), article({ title: 'Họp báo đối ngoại quý II' }, 'Nội dung đã sửa.'));
    writeFileSync(join(dir, 'van-ban/qd-126-ubnd.md'), `${documentEntry('126/QĐ-UBND', '  - qd-126-ubnd.pdf')}\nGhi chú thêm.\n`);
    // And a link without https, which publishes with a warning.
    writeFileSync(join(dir, 'cai-dat/lien-ket.yaml'), VALID_TREE['cai-dat/lien-ket.yaml']!.replace('https://chinhphu.vn/', 'http://chinhphu.vn/'));
    const second = await npmRunBuild(dir);
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toMatch(/Duplicate id|same slug|\[WARN\]/);
    // Printed once, by the check before Astro starts, not again by Astro's run of it.
    expect(second.output.split('nhận được "http://chinhphu.vn/"').length - 1, second.output).toBe(1);
    expect(readFileSync(join(second.outDir, 'tin-tuc/hop-bao/index.html'), 'utf8')).toContain('Họp báo đối ngoại quý II');
  }, 300_000);

  it('a failed build prints each problem once, in Vietnamese, with no stack trace and no Astro hook error', async () => {
    const bad = writeTree({
      ...VALID_TREE,
      'tin-tuc/hop-bao.md': article({ date: '2025-02-31' }),
      'tin-tuc/hop-bao-2.md': article({ tittle: 'Họp báo' }),
    });
    const { code, output } = await npmRunBuild(bad);
    expect(code).toBe(1);
    expect(output.split('Nội dung có 2 lỗi, cần sửa trước khi xuất bản').length - 1).toBe(1);
    expect(output.split('tin-tuc/hop-bao.md:3 — trường "date": nhận được "2025-02-31"').length - 1).toBe(1);
    expect(output.split('tin-tuc/hop-bao-2.md:7 — trường "tittle"').length - 1).toBe(1);
    expect(output).not.toMatch(/^\s+at\s|Stack trace|unhandled error|astro:config:setup/im);
  }, 300_000);
});
