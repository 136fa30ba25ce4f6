// A tiny static file server for the production build (no dependencies). Usage:
//   npx tsx scripts/serve-dist.ts [--dir dist] [--port 4173] [--host 127.0.0.1]
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
};

/** Starts a server for `dir`; resolves with the listening server. `headers` are added to every response. */
export interface ServeOptions {
  readonly dir?: string;
  readonly port?: number;
  readonly host?: string;
  readonly headers?: Record<string, string>;
  /** Serve the directory under this URL prefix (e.g. '/tools/lintas/'), as a sub-path host would. */
  readonly basePath?: string;
}

export function serveDirectory({
  dir = 'dist',
  port = 4173,
  host = '127.0.0.1',
  headers = {},
  basePath = '/',
}: ServeOptions = {}): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(basePath.length - 1))));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const size = statSync(path).size;
      res.writeHead(200, {
        'Content-Type': MIME[extname(path)] ?? 'application/octet-stream',
        'Content-Length': size,
        ...headers,
      });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const port = Number(arg('port', process.env['PORT'] ?? '4173'));
  const host = arg('host', '127.0.0.1');
  await serveDirectory({ dir: arg('dir', 'dist'), port, host });
  console.log(`Lintas is served at http://${host}:${port}/ (Ctrl+C to stop)`);
}
