/**
 * Generates the demo corpus and builds it into dist-demo/ (`npm run build:demo`);
 * with --serve, also serves it at http://localhost:4321/ (`npm run demo`).
 */
import { parseArgs } from 'node:util';
import { buildSite, serveSite } from './lib/build/build-site';
import { generateDemoCorpus } from './lib/demo/corpus';

const DEMO_CONTENT = '.demo/content';
const DEMO_OUT = 'dist-demo';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '200' },
    serve: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
if (!Number.isInteger(size) || size < 1) {
  console.error(`--size must be a whole number of entries, got "${values.size}"`);
  process.exit(1);
}

const summary = await generateDemoCorpus({ size, outDir: DEMO_CONTENT });
console.log(`Demo corpus in ${DEMO_CONTENT}:`, summary);
try {
  const { milliseconds } = await buildSite({ contentDir: DEMO_CONTENT, outDir: DEMO_OUT, verbose: true });
  console.log(`Built ${DEMO_OUT}/ in ${(milliseconds / 1000).toFixed(1)} s`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (values.serve) await serveSite(DEMO_OUT, DEMO_CONTENT);
