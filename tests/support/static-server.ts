/** A small static file server for a built site (like any static host: directory index, 404.html). */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  const candidate = path.normalize(path.join(root, decoded));
  if (!candidate.startsWith(path.normalize(root))) return undefined;
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (fs.existsSync(index)) return index;
  return undefined;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
    // A directory URL without its trailing slash is redirected, as static hosts do.
    if (file && file.endsWith('index.html') && request.url && !request.url.split('?')[0]!.endsWith('/') && !request.url.endsWith('.html')) {
      const [pathname, query] = request.url.split('?');
      response.writeHead(301, { location: `${pathname}/${query ? `?${query}` : ''}` });
      response.end();
      return;
    }
    const target = file ?? path.join(root, '404.html');
    const status = file ? 200 : 404;
    response.writeHead(status, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    fs.createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
