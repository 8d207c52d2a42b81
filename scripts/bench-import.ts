/**
 * Import benchmark: the test fixtures of each input kind (a wget mirror of a
 * portal, its WACZ, a WordPress export) imported into a fresh copy of
 * content/, N times each; prints pages imported, skipped, merged and the
 * median time (reading, converting, writing and checking the written files).
 *
 *   npm run bench:import -- --runs 5
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OLD_HOST, writeLegacyMirror, writeWordPressExport } from '../tests/helpers/legacy-portal';
import { importSite } from './lib/import/importer';
import { median } from './lib/bench/stats';
import { writeWacz } from './lib/archive/wacz';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const mirror = await writeLegacyMirror(join(work, 'mirror'));
  const wacz = join(work, 'old-site.wacz');
  await writeWacz({ siteDir: mirror, siteUrl: `http://${OLD_HOST}`, output: wacz, title: 'Trang cũ' });
  const inputs = { mirror: join(work, 'mirror'), wacz, wxr: await writeWordPressExport(join(work, 'wordpress')) };
  console.log('| input | pages read | imported | skipped | merged | missing | median ms | runs |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [kind, input] of Object.entries(inputs)) {
    const times: number[] = [];
    let last;
    for (let run = 0; run < runs; run++) {
      const outDir = join(work, `content-${kind}-${run}`);
      cpSync('content', outDir, { recursive: true });
      last = await importSite({ input, outDir });
      times.push(last.milliseconds);
      rmSync(outDir, { recursive: true, force: true });
    }
    const pages = last!.imported.length + last!.skipped.length + last!.merged.length;
    console.log(
      `| ${kind} | ${pages} | ${last!.imported.length} | ${last!.skipped.length} | ${last!.merged.length} | ${last!.missing.length} | ${Math.round(median(times))} | ${runs} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
