import { readFile, rm } from 'node:fs/promises';
import { isVisible, type AfterBuildStep, type BuildFiles } from '../lib/build/after-build';

const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
const TEXT_FILE = /\.(?:html|xml|css|js|json|txt|webmanifest)$/;
const ASSET_URL = /\/_astro\/[^\s"'`),?#]+/g;

/**
 * Astro 5 always emits the original of an image that a content collection
 * references, even when every page uses resized copies. Originals keep the
 * camera's EXIF and GPS data, so any that no built file points to is removed:
 * published images are only the re-encoded copies, which carry no metadata.
 * The web editor's files (`admin/`) and the search index are not pages and are not read.
 */
export async function pruneUnreferencedImages(files: BuildFiles): Promise<string[]> {
  const textFiles = files.filter((path) => TEXT_FILE.test(path) && isVisible(path) && !/^(?:pagefind|admin)\//.test(path));
  const referenced = new Set<string>();
  for (const file of textFiles) {
    for (const match of (await readFile(files.absolute(file), 'utf8')).matchAll(ASSET_URL)) referenced.add(match[0].slice('/_astro/'.length));
  }
  const unreferenced = files
    .filter((path) => /^_astro\/[^/]+$/.test(path) && IMAGE_FILE.test(path))
    .map((path) => path.slice('_astro/'.length))
    .filter((name) => !referenced.has(name));
  await Promise.all(unreferenced.map((name) => rm(files.absolute(`_astro/${name}`))));
  for (const name of unreferenced) files.remove(`_astro/${name}`);
  return unreferenced;
}

/** First after the pages: the files later steps read and copy are then the published ones. */
export default function pruneImageOriginals(): AfterBuildStep {
  return {
    name: 'prune-image-originals',
    run: async (files, { log }) => {
      const removed = await pruneUnreferencedImages(files);
      log(`${removed.length} unreferenced original images removed (they keep EXIF/GPS data)`);
    },
  };
}
