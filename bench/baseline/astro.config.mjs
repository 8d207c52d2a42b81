// @ts-check
// The benchmark's baseline (README.md here): a bare Astro project, run by scripts/bench.ts
// with the root's astro, reading the same generated corpus as the site.
import { defineConfig, passthroughImageService } from 'astro/config';

export default defineConfig({
  site: 'https://example.invalid',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  // No image is processed: the images are the site's feature whose cost the benchmark shows.
  image: { service: passthroughImageService() },
});
