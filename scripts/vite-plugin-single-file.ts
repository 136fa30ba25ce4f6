// Vite plugin for the single-file build: one index.html with every script, style, worker and data file
// inlined, so it opens from disk (file://) with no server and no network — the workshop-laptop kit.
// Module scripts and workers cannot be loaded from file:// URLs, hence: the app's code goes into one
// inline <script type="module">, workers and data become data: URLs.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

const MIME: Record<string, string> = {
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  geojson: 'application/geo+json',
  css: 'text/css',
};

function dataUrl(fileName: string, content: string | Uint8Array): string {
  const ext = fileName.split('.').pop() ?? '';
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return `data:${MIME[ext] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
}

function replaceAll(text: string, from: string, to: string): string {
  return text.split(from).join(to);
}

export function singleFile(): Plugin {
  return {
    name: 'lintas-single-file',
    enforce: 'post',
    // writeBundle, not generateBundle: by then Vite's own post-processing (preload markers) is done.
    writeBundle(options, bundle: OutputBundle) {
      const outDir = options.dir ?? 'dist-single';
      const files = Object.values(bundle);
      const html = files.find((f): f is OutputAsset => f.type === 'asset' && f.fileName === 'index.html');
      const entries = files.filter((f): f is OutputChunk => f.type === 'chunk' && f.isEntry);
      if (!html || entries.length !== 1)
        throw new Error('single-file build expects one HTML page and one entry chunk');
      const entry = entries[0]!;
      // Everything the entry refers to by file name (workers, remaining assets) becomes a data: URL.
      let code = entry.code;
      for (const file of files) {
        if (file === entry || file === html) continue;
        if (file.fileName.endsWith('.css')) continue;
        const content = file.type === 'chunk' ? file.code : file.source;
        const base = file.fileName.split('/').pop() ?? file.fileName;
        for (const ref of [`./${file.fileName}`, file.fileName, `./${base}`, base]) {
          if (code.includes(ref)) code = replaceAll(code, ref, dataUrl(file.fileName, content));
        }
      }
      const css = files
        .filter((f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'))
        .map((f) => (typeof f.source === 'string' ? f.source : Buffer.from(f.source).toString('utf8')))
        .join('\n');
      const source =
        typeof html.source === 'string' ? html.source : Buffer.from(html.source).toString('utf8');
      const inlineScript = `<script type="module">${code.replace(/<\/script/gi, '<\\/script')}</script>`;
      const page = source
        .replace(/<script type="module" crossorigin src="[^"]+"><\/script>/, () => inlineScript)
        .replace(
          /<link rel="stylesheet" crossorigin href="[^"]+">/,
          () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
        )
        .replace(/<link rel="modulepreload"[^>]*>/g, '');
      for (const file of files) rmSync(join(outDir, file.fileName), { force: true });
      for (const name of readdirSync(outDir, { recursive: true }).map(String).sort().reverse()) {
        const path = join(outDir, name);
        if (statSync(path).isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true });
      }
      writeFileSync(join(outDir, 'index.html'), page);
    },
  };
}
