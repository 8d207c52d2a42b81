import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO_CLI } from '../../scripts/lib/build/build-site';
import { TEST_CONTENT, page } from '../helpers/built-site';

const PORT = 4391;
let dev: ChildProcess;

/** Waits until the dev server answers, or fails with what it printed. */
async function waitForServer(output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`astro dev did not start:\n${output()}`);
}

beforeAll(async () => {
  let output = '';
  dev = spawn(process.execPath, [ASTRO_CLI, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    // Without vitest's own variables: Astro 7's dev server, seeing VITEST, serves no page (404).
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), SITE_CONTENT_DIR: TEST_CONTENT },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await waitForServer(() => output);
});

afterAll(() => {
  dev?.kill();
});

describe('npm run dev (staff live preview)', () => {
  it('serves pages and attachments at the URLs the build uses', async () => {
    const href = page('/van-ban/').querySelector('main tbody a')!.getAttribute('href')!;
    const response = await fetch(`http://127.0.0.1:${PORT}${href}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Số/ký hiệu');

    const attachment = page(href).querySelector('ul.attachments a')?.getAttribute('href');
    if (!attachment) throw new Error(`the first document (${href}) has no attachment to fetch`);
    const file = await fetch(`http://127.0.0.1:${PORT}${attachment}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const expected = readFileSync(join(TEST_CONTENT, 'van-ban', attachment.split('/').at(-1)!));
    expect(Buffer.from(await file.arrayBuffer()).equals(expected)).toBe(true);
  });
});
