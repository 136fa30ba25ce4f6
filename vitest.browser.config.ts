import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: drive Debian's headless Chromium (playwright-core) against the production build in dist/.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // Two files at a time: a page load spends most of its time with the page's main thread waiting on
    // SwiftShader (first draws compile every shader on the CPU), so two browsers on two cores overlap
    // well: 258 s one file at a time, 146 s two at a time, on this 2-core machine. Each file has its own
    // server (port 0), browser and contexts, and its own screenshot names.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
