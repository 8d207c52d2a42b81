import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploy, parseTarget, rollback } from '../../scripts/lib/publish/deploy';
import { startNginx, type NginxServer } from '../../scripts/lib/publish/nginx-server';
import { readThirdPartySettings } from '../../src/integrations/security-headers';
import { NGINX_MAPS_FILE, nginxMapsFile } from '../../src/lib/publish';
import { TEST_CONTENT, TEST_DIST } from '../helpers/built-site';
import { rawGet } from '../helpers/http';
import { TEST_REDIRECTS } from '../helpers/redirect-fixtures';

/** Requests made while the second release is switched in: enough to span the deploy, never unbounded. */
const MAX_REQUESTS = 3000;
const NEW_ADDRESS = '/chi-co-trong-ban-moi.html';

let work: string;
let target: string;
let releaseB: string;
let nginx: NginxServer;
const reload = () => `kill -HUP ${nginx.pid}`;

/**
 * Release A is the test build; release B the same with a changed home page
 * whose stylesheet got a new hashed name (as a change of style gives), and a
 * redirect A lacks, so a page from either one, and nginx's maps, can be told apart.
 */
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deploy-'));
  chmodSync(work, 0o755);
  target = join(work, 'www');
  releaseB = join(work, 'b');
  cpSync(TEST_DIST, releaseB, { recursive: true });
  const [css] = await glob('_astro/*.css', { cwd: releaseB });
  const renamed = css!.replace(/\.css$/, '-b.css');
  renameSync(join(releaseB, css!), join(releaseB, renamed));
  const home = readFileSync(join(releaseB, 'index.html'), 'utf8').replaceAll(`/${css}`, `/${renamed}`).replace('<main', '<main data-release="B"');
  writeFileSync(join(releaseB, 'index.html'), home);
  for (const copy of ['index.html.br', 'index.html.gz', `${css}.br`, `${css}.gz`]) rmSync(join(releaseB, copy), { force: true });
  const redirects = [...TEST_REDIRECTS, { from: NEW_ADDRESS, to: '/tin-tuc/' }];
  writeFileSync(join(releaseB, NGINX_MAPS_FILE), nginxMapsFile(readThirdPartySettings(TEST_CONTENT), redirects));

  const first = deploy({ dist: TEST_DIST, target: parseTarget(target), id: '20260101T000000Z-aaaaaaa' });
  expect(first).toMatchObject({ ok: true });
  nginx = await startNginx(join(target, 'current'));
});
afterAll(async () => {
  await nginx?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The status of an address, asked again (a bounded number of times) until it is `expected`: nginx reloads in the background. */
async function statusOnceSettled(path: string, expected: number): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== expected; attempt++) {
    if (attempt > 0) await new Promise((done) => setTimeout(done, 50));
    status = (await rawGet(`${nginx.url}${path}`)).status;
  }
  return status;
}

/** The stylesheet a home page links to. */
const stylesheetOf = (html: string) => /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;

describe('deploying to the agency server (a folder here, served by nginx)', () => {
  it('switches to the new release at once: every request during the deploy gets the whole old site or the whole new one', async () => {
    const pageA = readFileSync(join(TEST_DIST, 'index.html'), 'utf8');
    const pageB = readFileSync(join(releaseB, 'index.html'), 'utf8');
    const child = spawn('npx', ['tsx', 'scripts/deploy.ts', target, '--dist', releaseB, '--release', '20260102T000000Z-bbbbbbb', '--reload', reload()], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const finished = new Promise<number>((done) => child.on('exit', (code) => done(code ?? -1)));
    let running = true;
    void finished.then(() => (running = false));

    const seen: string[] = [];
    const wrong: string[] = [];
    for (let n = 0; n < MAX_REQUESTS && (running || seen.at(-1) !== 'B'); n++) {
      const { status, body } = await rawGet(`${nginx.url}/`);
      const html = body.toString();
      const release = html === pageA ? 'A' : html === pageB ? 'B' : `status ${status}, neither release`;
      if (seen.at(-1) !== release) seen.push(release);
      if (release.length > 1) wrong.push(release);
      // The page's stylesheet is there, whichever release the page came from.
      const css = await rawGet(`${nginx.url}${stylesheetOf(html)}`);
      if (css.status !== 200) wrong.push(`${release}: ${stylesheetOf(html)} answered ${css.status}`);
    }
    expect(await finished, output).toBe(0);
    expect(wrong).toEqual([]);
    expect(seen).toEqual(['A', 'B']);
    expect(readlinkSync(join(target, 'current'))).toBe('releases/20260102T000000Z-bbbbbbb');
    expect(readdirSync(join(target, 'releases')).sort()).toEqual(['20260101T000000Z-aaaaaaa', '20260102T000000Z-bbbbbbb']);
    // nginx read the new release's redirects (a reload finishes in the background).
    expect(await statusOnceSettled(NEW_ADDRESS, 301)).toBe(301);
  });

  it('rolls back to the release before with one command, redirects included', async () => {
    expect(rollback({ target: parseTarget(target), reload: reload() })).toEqual({ ok: true, output: 'Đã quay lại bản 20260101T000000Z-aaaaaaa.' });
    expect((await rawGet(`${nginx.url}/`)).body.toString()).toBe(readFileSync(join(TEST_DIST, 'index.html'), 'utf8'));
    expect(await statusOnceSettled(NEW_ADDRESS, 404)).toBe(404);
    expect(rollback({ target: parseTarget(target) })).toEqual({ ok: false, output: 'Không có bản phát hành nào trước 20260101T000000Z-aaaaaaa để quay lại.' });
  });
});
