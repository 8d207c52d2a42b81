/**
 * `npm run deploy -- <target> [--dist dist] [--keep 5] [--reload "<command>"]`
 * `npm run deploy -- <target> --rollback [--reload "<command>"]`
 *
 * Publishes a build to the agency's own server (docs/quan-tri-xuat-ban.md):
 * `<target>` is `user@host:/var/www/songoaivu` (rsync and sh over SSH) or a
 * folder on this machine. The reload command (also DEPLOY_RELOAD_COMMAND)
 * runs on the target after the switch, e.g. `sudo systemctl reload nginx`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deploy, parseTarget, releaseId, rollback } from './lib/publish/deploy';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    keep: { type: 'string', default: '5' },
    reload: { type: 'string', default: process.env.DEPLOY_RELOAD_COMMAND },
    rollback: { type: 'boolean', default: false },
    release: { type: 'string' },
  },
});
const [targetText] = positionals;
if (!targetText) {
  console.error('Cần nơi xuất bản: npm run deploy -- deploy@may-chu:/var/www/songoaivu  (hoặc một thư mục trên máy này).');
  process.exit(1);
}
const target = parseTarget(targetText);
const reload = values.reload || undefined;
let result;
if (values.rollback) {
  result = rollback({ target, reload });
} else {
  if (!existsSync(`${values.dist}/index.html`)) {
    console.error(`Không thấy bản dựng trong ${values.dist}/: chạy "npm run build" trước.`);
    process.exit(1);
  }
  const commit = process.env.GITHUB_SHA ?? execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const keep = Number(values.keep);
  result = deploy({ dist: values.dist, target, id: values.release ?? releaseId(new Date(), commit), keep, reload });
}
console[result.ok ? 'log' : 'error'](result.output);
process.exit(result.ok ? 0 : 1);
