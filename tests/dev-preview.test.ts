import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_TREE, article, writeTree } from './helpers/content-tree';

const PORT = 4392;
let dev: ChildProcess;
let output = '';
const dir = writeTree({ ...VALID_TREE, 'tin-tuc/hop-bao.md': article({ date: '2025-02-31', tittle: 'Họp báo' }) });

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 480; attempt++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${what}:\n${output}`);
}

const home = () => fetch(`http://127.0.0.1:${PORT}/`, { headers: { accept: 'text/html' } });

beforeAll(async () => {
  dev = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    // Without vitest's own variables: Astro 7's dev server, seeing VITEST, serves no page (404).
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), SITE_CONTENT_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await until(async () => (await home()).status || undefined, 'astro dev did not start');
}, 300_000);

afterAll(() => {
  dev?.kill();
});

describe('npm run dev speaks Vietnamese about content', () => {
  it("shows the check's report (file, line, fix) in the browser and the terminal, not Astro's schema error", async () => {
    const response = await home();
    const html = await response.text();
    expect(response.status).toBe(500);
    expect(html).toContain('Nội dung có 2 lỗi');
    expect(html).toContain('tin-tuc/hop-bao.md:3 — trường &quot;date&quot;: nhận được &quot;2025-02-31&quot;');
    expect(html).not.toContain('does not match schema');
    expect(html).toContain('trang này tự kiểm tra lại sau vài giây');
    expect(output).toContain('tin-tuc/hop-bao.md:3 — trường "date"');
  });

  it('checks again when a file is saved, says in the terminal when the content is valid again, and the preview comes back without a restart', async () => {
    writeFileSync(join(dir, 'tin-tuc/hop-bao.md'), article({ title: 'Họp báo đã sửa' }));
    await until(async () => (output.includes('Nội dung đã hợp lệ') ? true : undefined), 'the fixed content was not checked again');
    const page = await until(async () => {
      const response = await fetch(`http://127.0.0.1:${PORT}/tin-tuc/hop-bao/`, { headers: { accept: 'text/html' } });
      return response.status === 200 ? response.text() : undefined;
    }, 'the preview did not come back after the fix');
    expect(page).toContain('Họp báo đã sửa');
    expect(output).not.toMatch(/does not match schema|Duplicate id|same slug/);
  }, 300_000);
});
