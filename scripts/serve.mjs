#!/usr/bin/env node
// Serves the reference host page (host-demo/web) and the browser bundles (dist/browser)
// on PORT (default 8080). Static files only, never outside those two folders.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 8080);
const mounts = [
  ['/dist/browser/', join(root, 'dist', 'browser')],
  ['/', join(root, 'host-demo', 'web')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

function resolve(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(urlPath.slice(prefix.length)) || 'index.html');
    const file = join(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    try {
      const stat = statSync(file);
      return stat.isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return null;
    }
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    return;
  }
  const file = resolve(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is in use. Stop the other server or start with another port: PORT=8081 npm start`,
    );
  } else {
    console.error(`Cannot start the server: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, () => {
  console.log(`Sirene reference host: http://localhost:${port}/  (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
