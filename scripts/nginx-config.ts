/** `npm run nginx:config`: rewrites docs/nginx.conf from src/lib/security/csp.ts (src/lib/publish/nginx-config.ts). */
import { writeFileSync } from 'node:fs';
import { publicNginxFile } from '../src/lib/publish';

writeFileSync('docs/nginx.conf', publicNginxFile());
console.log('docs/nginx.conf đã được viết lại.');
