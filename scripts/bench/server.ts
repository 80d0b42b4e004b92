import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LAYOUTS } from './pages/fields';
import { formPage, issuancePage } from './pages/forms';
import { HEAVY_APP, heavyPage } from './pages/heavy';

// Serves the generated pages on 127.0.0.1 (free port). Every page is served under folders that differ only in
// what the bench's settings match: /bench/on/ (a МАИС site), /bench/issuance/ (an issuance site), /bench/off/ (no
// site: the same page with the extension installed but not matched), /bench/bare/ (matched only by the reference
// extension with an empty content script, empty-extension.ts).

export const BENCH_SETTINGS = {
  version: 1,
  sites: [
    { kind: 'mais', match: 'http://127.0.0.1/bench/on/*' },
    { kind: 'issuance', match: 'http://127.0.0.1/bench/issuance/*' },
  ],
};

export type Folder = 'on' | 'off' | 'issuance' | 'bare';

export interface BenchServer {
  url(folder: Folder, page: string): string;
  close(): Promise<void>;
}

function pageFor(name: string, query: URLSearchParams): { type: string; body: string } | null {
  const html = 'text/html; charset=utf-8';
  if (name === 'heavy.html') return { type: html, body: heavyPage() };
  if (name === 'app.js') return { type: 'text/javascript; charset=utf-8', body: HEAVY_APP };
  if (name === 'issuance.html') return { type: html, body: issuancePage() };
  if (name === 'form.html') {
    const num = (key: string) => Math.max(0, Math.min(20_000, Number(query.get(key)) || 0));
    return {
      type: html,
      body: formPage({
        fields: num('fields'),
        extra: num('extra'),
        late: query.has('late'),
        layout: LAYOUTS.find((l) => l === query.get('layout')),
      }),
    };
  }
  return null;
}

export async function startBenchServer(): Promise<BenchServer> {
  const cache = new Map<string, { type: string; body: string }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bench\/(on|off|issuance|bare)\/([\w.-]+)$/.exec(url.pathname);
    const key = `${match?.[2]}?${url.searchParams}`;
    const page = match ? (cache.get(key) ?? pageFor(match[2], url.searchParams)) : null;
    if (!page) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    cache.set(key, page);
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (folder, page) => `http://127.0.0.1:${port}/bench/${folder}/${page}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
