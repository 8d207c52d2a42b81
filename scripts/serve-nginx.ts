/**
 * `npm run serve:nginx -- [--port 8080] [--root dist]`: serves a build with
 * Debian's nginx and the project's configuration, as the tests do, until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { startNginx } from './lib/publish/nginx-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, root: { type: 'string', default: 'dist' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port cần một số cổng từ 1 đến 65535, nhận được "${values.port}".`);
  process.exit(1);
}
try {
  const server = await startNginx(values.root, { port });
  console.log(`nginx phục vụ ${values.root} tại ${server.url}/ (Ctrl-C để dừng)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
