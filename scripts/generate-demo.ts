/**
 * Writes the demo content tree: the real `content/` plus generated entries.
 *
 *   npx tsx scripts/generate-demo.ts [--size 200] [--out .demo/content] [--seed 1]
 *
 * Build the site from it with SITE_CONTENT_DIR=<out> (see src/lib/content/collections.ts).
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoCorpus, MAX_SIZE } from './lib/demo/corpus';

const USAGE = 'Usage: npx tsx scripts/generate-demo.ts [--size 200] [--out .demo/content] [--seed 1]';

function wholeNumber(name: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new Error(`--${name} must be a whole number from 0 to ${max}, got "${text}"`);
  }
  return Number(text);
}

function readArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '200' },
      out: { type: 'string', default: '.demo/content' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (!values.out.trim()) throw new Error('--out needs a folder');
  return {
    help: values.help,
    size: wholeNumber('size', values.size, MAX_SIZE),
    seed: wholeNumber('seed', values.seed, 0xffffffff),
    outDir: values.out,
  };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-demo: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const summary = await generateDemoCorpus(args);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Demo corpus in ${relative(process.cwd(), args.outDir) || '.'} (size ${args.size}, seed ${args.seed}), ${seconds} s:`);
  for (const [name, count] of Object.entries(summary)) {
    const shown = name === 'bytes' ? `${(count / 1024 / 1024).toFixed(1)} MB` : String(count);
    console.log(`  ${name.padEnd(12)} ${shown}`);
  }
}

main().catch((error: unknown) => {
  console.error(`generate-demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
