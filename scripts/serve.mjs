// A small static file server for dist/ (the demo and the browser tests); no dependencies.
// Usage: node scripts/serve.mjs DIR PORT [PREFIX=DIR ...]
// Extra PREFIX=DIR pairs serve another folder under /PREFIX/ (the tests' own pages).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving; resolves to the server once it listens. */
export function serve(root, port, mounts = {}) {
  const roots = { '': resolve(root), ...Object.fromEntries(Object.entries(mounts).map(([k, v]) => [k, resolve(v)])) };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, first, ...rest] = path.split('/');
    const [base, tail] = first in roots && first !== '' ? [roots[first], rest.join('/')] : [roots[''], path.slice(1)];
    let file = normalize(join(base, tail));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080', ...pairs] = process.argv.slice(2);
  const mounts = Object.fromEntries(pairs.map((p) => p.split('=')));
  await serve(root, Number(port), mounts);
}
