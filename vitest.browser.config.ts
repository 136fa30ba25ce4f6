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
    fileParallelism: false,
  },
});
