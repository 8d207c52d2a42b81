import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The self-hosted deploy: each build is uploaded whole into
 * `<path>/releases/<id>/` beside the one being served, then the `current`
 * link is replaced in one rename(2), so every request is answered from one
 * release or the other, never from a mix. Rolling back points `current` at
 * the release before it. A target is a folder on this machine or
 * `user@host:/path` (rsync and sh over SSH).
 */
export interface DeployTarget {
  /** `user@host` for SSH; absent for a folder on this machine. */
  host?: string;
  /** The folder holding `releases/` and `current` (nginx's root is `<path>/current`). */
  path: string;
}

/** `deploy@203.0.113.5:/var/www/songoaivu` or `/srv/songoaivu`. */
export function parseTarget(text: string): DeployTarget {
  const remote = /^([^/:\s]+):(\/.*)$/.exec(text);
  if (remote) return { host: remote[1]!, path: remote[2]!.replace(/\/+$/, '') };
  return { path: resolve(text).replace(/\/+$/, '') };
}

/** `20261202T104500Z-7ca8cc7`: sorts by time, names the commit. */
export function releaseId(date: Date, commit: string): string {
  const stamp = date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${commit.slice(0, 7)}`;
}

/** A word for sh, whatever it holds. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** The rsync that uploads a build as a new release, unchanged files hard-linked to the current one's (no second copy on disk). */
export function uploadCommand(dist: string, target: DeployTarget, id: string): string[] {
  const destination = `${target.path}/releases/.${id}.partial/`;
  return [
    'rsync',
    '--archive',
    '--delete',
    '--link-dest',
    `${target.path}/current/`,
    ...(target.host ? ['--rsh', 'ssh -o BatchMode=yes'] : []),
    `${dist.replace(/\/+$/, '')}/`,
    target.host ? `${target.host}:${destination}` : destination,
  ];
}

/** Points `current` at a release in one rename: a new link beside it, moved over it (`mv -T`, GNU coreutils). */
const SWITCH = `ln -sfn "releases/$next" .current.new && mv -Tf .current.new current`;

/**
 * Run on the target after the upload: the partial upload becomes the
 * release, the previous release's hashed assets are linked into it (a page
 * a visitor loaded before the switch still finds its styles and scripts),
 * `current` switches to it, and releases beyond the last `keep` are removed.
 */
export function activateScript(path: string, id: string, keep: number): string {
  return [
    'set -eu',
    `cd ${shellQuote(path)}`,
    `next=${shellQuote(id)}`,
    'mv -T "releases/.$next.partial" "releases/$next"',
    'if [ -d current/_astro ]; then mkdir -p "releases/$next/_astro" && cp -aln current/_astro/. "releases/$next/_astro/" 2>/dev/null || true; fi',
    SWITCH,
    `ls -1 releases | grep -v '^\\.' | sort | head -n -${keep} | while read -r old; do [ "releases/$old" = "$(readlink current)" ] || rm -rf "releases/$old"; done`,
    'echo "$next"',
  ].join('\n');
}

/** Run on the target: `current` goes back to the release before it; says which, or why not. */
export function rollbackScript(path: string): string {
  return [
    'set -eu',
    `cd ${shellQuote(path)}`,
    'now=$(readlink current | sed "s|^releases/||")',
    `next=$(ls -1 releases | grep -v '^\\.' | sort | awk -v now="$now" '$0 < now' | tail -n 1)`,
    'if [ -z "$next" ]; then echo "Không có bản phát hành nào trước $now để quay lại." >&2; exit 3; fi',
    SWITCH,
    'echo "$next"',
  ].join('\n');
}

export interface StepResult {
  ok: boolean;
  output: string;
}

/** Runs a script with sh on the target (over SSH for a remote one). */
export function runOnTarget(target: DeployTarget, script: string): StepResult {
  const [command, args] = target.host ? ['ssh', ['-o', 'BatchMode=yes', target.host, 'sh -s']] : ['sh', ['-s']];
  const run = spawnSync(command, args as string[], { input: script, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

export function runLocal(command: string[]): StepResult {
  const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

export interface DeployOptions {
  dist: string;
  target: DeployTarget;
  id: string;
  /** Releases kept for rollback. */
  keep?: number;
  /** Run on the target after the switch, e.g. `sudo systemctl reload nginx`, so nginx reads the release's maps. */
  reload?: string;
}

/** Uploads, switches, reloads; on a failed reload `current` goes back to the release before. Returns the lines to print. */
export function deploy({ dist, target, id, keep = 5, reload }: DeployOptions): StepResult {
  if (!target.host) runLocal(['mkdir', '-p', `${target.path}/releases`]);
  else runOnTarget(target, `mkdir -p ${shellQuote(`${target.path}/releases`)}`);
  const upload = runLocal(uploadCommand(dist, target, id));
  if (!upload.ok) return { ok: false, output: `Tải bản dựng lên không được (rsync):\n${upload.output}` };
  const activate = runOnTarget(target, activateScript(target.path, id, keep));
  if (!activate.ok) return { ok: false, output: `Chuyển sang bản mới không được:\n${activate.output}` };
  if (reload) {
    const reloaded = runOnTarget(target, reload);
    if (!reloaded.ok) {
      const back = runOnTarget(target, rollbackScript(target.path));
      return { ok: false, output: `Nạp lại máy chủ web không được (${reload}):\n${reloaded.output}\nĐã quay lại bản ${back.output}.` };
    }
  }
  return { ok: true, output: `Đã xuất bản ${id} lên ${target.host ? `${target.host}:` : ''}${target.path}/current.` };
}

/** Points `current` at the release before it, then reloads. */
export function rollback({ target, reload }: Pick<DeployOptions, 'target' | 'reload'>): StepResult {
  const back = runOnTarget(target, rollbackScript(target.path));
  if (!back.ok) return { ok: false, output: back.output };
  if (reload) {
    const reloaded = runOnTarget(target, reload);
    if (!reloaded.ok) return { ok: false, output: `Đã quay lại ${back.output} nhưng nạp lại máy chủ web không được:\n${reloaded.output}` };
  }
  return { ok: true, output: `Đã quay lại bản ${back.output}.` };
}
