import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { TEST_CONTENT } from './built-site';

export interface CorpusEntry {
  slug: string;
  /** Front matter read with a plain YAML parser: dates stay text. */
  front: Record<string, unknown>;
  path: string;
}

/** The entries of one collection of the generated test corpus (or of another corpus folder). */
export async function corpusEntries(folder: string, pattern = '**/*.md', root = TEST_CONTENT): Promise<CorpusEntry[]> {
  const files = (await glob(pattern, { cwd: join(root, folder) })).sort();
  return files.map((file) => {
    const text = readFileSync(join(root, folder, file), 'utf8');
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    const slug = file.endsWith('/index.md') ? file.split('/').at(-2)! : file.split('/').at(-1)!.replace(/\.md$/, '');
    return { slug, front, path: join(root, folder, file) };
  });
}
