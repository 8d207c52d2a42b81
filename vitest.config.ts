import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Integration tests build the site with Astro and drive Chromium.
    testTimeout: 240_000,
    hookTimeout: 600_000,
    // Builds are heavy; running test files one after another keeps memory and CPU predictable on 2 cores.
    fileParallelism: false,
  },
});
