import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';

const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
const ASSET_URL = /\/_astro\/[^\s"'`),?#]+/g;

/**
 * Astro 5 always emits the original of an image that a content collection
 * references, even when every page uses resized copies. Originals keep the
 * camera's EXIF and GPS data, so any that no built file points to is removed:
 * published images are only the re-encoded copies, which carry no metadata.
 */
export async function pruneUnreferencedImages(outDir: string): Promise<string[]> {
  const textFiles = await glob('**/*.{html,xml,css,js,json,txt,webmanifest}', { cwd: outDir, ignore: ['pagefind/**'] });
  const referenced = new Set<string>();
  for (const file of textFiles) {
    for (const match of (await readFile(join(outDir, file), 'utf8')).matchAll(ASSET_URL)) referenced.add(match[0].slice('/_astro/'.length));
  }
  const assets = await readdir(join(outDir, '_astro')).catch(() => [] as string[]);
  const unreferenced = assets.filter((name) => IMAGE_FILE.test(name) && !referenced.has(name));
  await Promise.all(unreferenced.map((name) => rm(join(outDir, '_astro', name))));
  return unreferenced;
}

export default function pruneImageOriginals(): AstroIntegration {
  return {
    name: 'songoaivu:prune-image-originals',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const removed = await pruneUnreferencedImages(fileURLToPath(dir));
        logger.info(`${removed.length} unreferenced original images removed (they keep EXIF/GPS data)`);
      },
    },
  };
}
