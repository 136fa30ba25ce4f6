// Vite config of the browser benchmark page (bench/browser/index.html → bench/browser/dist). Not minified,
// so CPU profiles of the page name deck.gl's and Lintas' functions.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: false,
    chunkSizeWarningLimit: 10_000,
  },
  logLevel: 'warn',
});
