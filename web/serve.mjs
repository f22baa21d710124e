#!/usr/bin/env node
/**
 * A tiny static file server for the built playground (web/dist), on 127.0.0.1 only. Any static
 * server will do; this one needs nothing but Node.
 *
 *   node web/serve.mjs [dir] [--port N]     (npm run serve:web; port 0 picks a free one)
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve `dir` on 127.0.0.1:`port`; resolves to the server and its base URL once it listens. */
export function serveStatic(dir, port = 0) {
  const base = resolve(dir);
  const server = createServer((request, response) => {
    let size;
    let file;
    try {
      // decodeURIComponent throws on malformed escapes (`%E0`): a 404 like any other bad path.
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      // Inside `base` only: `..` segments are resolved away before the check.
      file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveServer({ server, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/` });
    });
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8080;
  const dir = args[0] ?? join(dirname(fileURLToPath(import.meta.url)), 'dist');
  const { url } = await serveStatic(dir, port);
  console.log(`serving ${dir} at ${url}`);
}
