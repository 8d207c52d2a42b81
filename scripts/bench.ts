/**
 * Build-time benchmark: cold (no cache, no output) and warm (cache kept) builds
 * of generated corpora, median of N runs each. Timings are reported, never asserted.
 *
 *   npm run bench -- --sizes 1000 --runs 3
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSite } from './lib/build-site';
import { generateDemoCorpus } from './lib/demo-corpus';
import { median } from './lib/stats';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench-results/build-times.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const results = [];
for (const size of sizes) {
  const contentDir = `.tmp/bench-${size}`;
  const outDir = `.tmp/bench-${size}-dist`;
  const summary = await generateDemoCorpus({ size, outDir: contentDir });
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 1; run <= runs; run++) {
    cold.push((await buildSite({ contentDir, outDir, cold: true })).milliseconds);
    warm.push((await buildSite({ contentDir, outDir })).milliseconds);
    console.log(`size ${size}, run ${run}: cold ${(cold.at(-1)! / 1000).toFixed(1)} s, warm ${(warm.at(-1)! / 1000).toFixed(1)} s`);
  }
  results.push({ size, corpus: summary, runs, coldMs: cold, warmMs: warm, coldMedianMs: median(cold), warmMedianMs: median(warm) });
  console.log(`size ${size}: cold median ${(median(cold) / 1000).toFixed(1)} s, warm median ${(median(warm) / 1000).toFixed(1)} s`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
console.log(`Written to ${values.out}`);
