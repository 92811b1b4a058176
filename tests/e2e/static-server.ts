import { createReadStream, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  // The interface's Arabic face (renderer/fonts), as the app:// protocol serves it.
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder on loopback with the given headers on every reply (404s included), the
 * way the app:// protocol handler does: module scripts cannot load from file://.
 */
export async function serveDirectory(root: string, headers: Readonly<Record<string, string>>): Promise<StaticServer> {
  const base = resolve(root);
  const send = (response: ServerResponse, status: number, extra: Record<string, string> = {}): ServerResponse => {
    response.writeHead(status, { ...headers, ...extra });
    return response;
  };

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      send(response, 400).end();
      return;
    }
    const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
    const type = CONTENT_TYPES[extname(file)];
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      isFile = false;
    }
    // Only files inside the folder, of a known type: no traversal, no directory listings.
    if (!file.startsWith(base + sep) || type === undefined || !isFile) {
      send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    send(response, 200, { 'Content-Type': type });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
