import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './paths';

// Serves the demo pages, the test fixtures and the real framework builds that fixture pages load as plain scripts.
// Bound to 127.0.0.1 on a free port: nothing here is reachable from outside the machine.

export interface FixtureServer {
  /** e.g. `http://127.0.0.1:43125` */
  origin: string;
  port: number;
  /** `url('/demo/issuance.html')` → absolute URL on this server. */
  url(pathname: string): string;
  close(): Promise<void>;
}

const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/demo/', path.join(ROOT, 'demo')],
  ['/fixtures/', path.join(ROOT, 'tests/fixtures')],
];

const VENDOR: Record<string, string> = {
  '/vendor/react.production.min.js': 'node_modules/react/umd/react.production.min.js',
  '/vendor/react-dom.production.min.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  '/vendor/vue.global.prod.js': 'node_modules/vue/dist/vue.global.prod.js',
  '/vendor/imask.min.js': 'node_modules/imask/dist/imask.min.js',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a request path to a file inside one of the served folders, or null (also for `..` escapes). */
export function resolveRequestPath(pathname: string): string | null {
  const vendor = VENDOR[pathname];
  if (vendor) return path.join(ROOT, vendor);
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.normalize(path.join(dir, pathname.slice(prefix.length)));
    return file.startsWith(dir + path.sep) || file === dir ? file : null;
  }
  return null;
}

async function fileToServe(pathname: string): Promise<string | null> {
  const file = resolveRequestPath(pathname);
  if (!file) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return info?.isFile() ? file : null;
}

function notFound(res: http.ServerResponse, pathname: string): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`Не найдено: ${pathname}`);
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps 404s out of the pages' console errors.
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Fixture forms may submit; answer with a tiny page instead of a network error.
      req.resume();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><meta charset="utf-8"><title>Принято</title><p>Принято</p>');
      return;
    }
    fileToServe(pathname).then(
      (file) => {
        if (!file) return notFound(res, pathname);
        const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      },
      () => notFound(res, pathname),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
