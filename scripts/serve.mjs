// A small static file server for dist/ (the demo, the browser tests and the benchmark); no
// dependencies. Text and wasm go out brotli- or gzip-compressed when the browser accepts
// it, as any production server would send them.
// Usage: node scripts/serve.mjs DIR PORT [PREFIX=DIR ...]
// Extra PREFIX=DIR pairs serve another folder under /PREFIX/ (the tests' own pages).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);
/** Compressed bodies by file, encoding and modification time: each is compressed once. */
const compressed = new Map();

/** The body to send for `file` and the Content-Encoding to name, if any. */
async function encoded(file, body, accepted) {
  if (!COMPRESSIBLE.has(extname(file))) return [body, null];
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return [body, null];
  const key = `${encoding} ${file} ${(await stat(file)).mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(body, { level: 9 }));
  }
  return [compressed.get(key), encoding];
}

/**
 * Starts serving; resolves to the server once it listens. `intercept(req, file, body)`, if
 * given, may change a response before it is compressed (the engine tests inject their
 * recorder into pages and hold the wasm back): it resolves to `{ body, headers }`, or to
 * nothing to leave the response as it is.
 */
export function serve(root, port, mounts = {}, { intercept } = {}) {
  const roots = { '': resolve(root), ...Object.fromEntries(Object.entries(mounts).map(([k, v]) => [k, resolve(v)])) };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, first, ...rest] = path.split('/');
    const [base, tail] = first in roots && first !== '' ? [roots[first], rest.join('/')] : [roots[''], path.slice(1)];
    let file = normalize(join(base, tail));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let [body, headers] = [await readFile(file), {}];
      const changed = await intercept?.(req, file, body);
      if (changed) [body, headers] = [changed.body ?? body, changed.headers ?? {}];
      const accepted = changed ? '' : req.headers['accept-encoding'] ?? '';
      const [sent, encoding] = await encoded(file, body, accepted);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache',
        'content-length': sent.length, vary: 'accept-encoding', ...(encoding && { 'content-encoding': encoding }),
        ...headers,
      });
      res.end(sent);
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
