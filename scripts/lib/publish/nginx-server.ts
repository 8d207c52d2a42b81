import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxSiteConfig } from '../../../src/lib/publish';

/** Debian's nginx and its Brotli module (scripts/ensure-test-tools.sh installs both). */
export const NGINX = '/usr/sbin/nginx';
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** The master process, which `kill -HUP` makes re-read its configuration. */
  pid: number;
  /** Re-reads the configuration and the build's maps (`nginx -s reload`), resolving once new workers serve. */
  reload: () => Promise<void>;
  close: () => Promise<void>;
}

/** A free loopback port: asked of the system, then let go for nginx. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The whole nginx.conf of a server run by hand or by a test: Debian's types, the site's configuration, files kept in `prefix`. */
export function localNginxConfig(root: string, port: number, prefix: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${prefix}/temp-${name};\n`).join('');
  const site = nginxSiteConfig({ root: resolve(root), listen: { address: `127.0.0.1:${port}` } });
  return [
    `load_module ${BROTLI_STATIC_MODULE};\n`,
    'worker_processes 1;\n',
    `pid ${prefix}/nginx.pid;\n`,
    `error_log ${prefix}/error.log notice;\n`,
    'events {\n    worker_connections 512;\n}\n',
    'http {\n',
    '    include /etc/nginx/mime.types;\n',
    '    default_type application/octet-stream;\n',
    '    sendfile on;\n',
    '    access_log off;\n',
    temp,
    site.replace(/^(?=.)/gm, '    '),
    '}\n',
  ].join('');
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (code ${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`nginx did not answer on port ${port}:\n${log()}`);
}

/**
 * Starts Debian's nginx in the foreground (a child of this process, not a
 * daemon) with the project's configuration (src/lib/publish/nginx-config.ts)
 * over `root` on a loopback port. `root` may be a build or the `current`
 * link of a deploy target.
 */
export async function startNginx(root: string, options: { port?: number } = {}): Promise<NginxServer> {
  if (!existsSync(NGINX) || !existsSync(BROTLI_STATIC_MODULE)) {
    throw new Error('Cần nginx và mô-đun Brotli của Debian: sudo apt-get install -y nginx-light libnginx-mod-http-brotli-static');
  }
  const port = options.port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'songoaivu-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, localNginxConfig(root, port, prefix));
  const errorLog = join(prefix, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const test = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port, child, log);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    reload: async () => {
      const before = log().split('start worker process').length;
      child.kill('SIGHUP');
      for (let attempt = 0; attempt < 200 && log().split('start worker process').length === before; attempt++) {
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
