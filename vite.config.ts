import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { coarseBasemap } from './scripts/vite-plugin-basemap.ts';

// Relative base so the build works from any static host under any sub-path.
export default defineConfig({
  base: './',
  plugins: [coarseBasemap(), react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
});
