/** web/serve.mjs: serves the files of its directory on 127.0.0.1, and nothing outside it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-tree.js';
import { serveStatic } from '../../web/serve.mjs';

/** GET `path` as written (no URL normalisation on the client side). */
function get(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('serves index.html for / and files by type, and 404 for paths that leave the directory', async () => {
  const root = tempDir('aws-shorthand-serve-');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  const site = join(root, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<p>hi</p>');
  writeFileSync(join(site, 'main.js'), 'void 0;');
  const { server, url } = await serveStatic(site);
  try {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(url, '/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>hi</p>' });
    expect(await get(url, '/main.js?x=1')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js', '/%00', '/%E0']) {
      expect((await get(url, path)).status, path).toBe(404);
    }
    // Still serving after the bad requests.
    expect((await get(url, '/')).status).toBe(200);
  } finally {
    server.close();
  }
});
