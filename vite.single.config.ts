import { mergeConfig } from 'vite';
import baseConfig from './vite.config';
import { singleFile } from './scripts/vite-plugin-single-file';

// `npm run build:single`: dist-single/index.html, everything inlined (see scripts/vite-plugin-single-file.ts).
export default mergeConfig(baseConfig, {
  plugins: [singleFile()],
  build: {
    outDir: 'dist-single',
    // Inline every imported asset (basemap, demo data, maplibre's worker) as a data: URL.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: false } },
    modulePreload: false,
  },
  worker: { rolldownOptions: { output: { codeSplitting: false } } },
});
