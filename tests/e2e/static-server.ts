import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * A static file server for the offline tests, which must stop the server while the browser stays
 * open (Playwright's own webServer lives for the whole run) and swap in a newer build. Like
 * `astro preview`, it answers every file with `Vary: Origin`, which a service worker's cache lookup
 * must not trip on.
 */
export class StaticServer {
  private server: Server | undefined;

  constructor(
    /** The folder served; change it to serve another build. */
    public root: string,
    /** The path the site lives under ('/' or '/workbook/'). */
    private readonly base = '/',
  ) {}

  async start(port: number): Promise<void> {
    this.server = createServer((request, response) => {
      void this.answer(request.url ?? '/').then(({ status, type, body }) => {
        response.writeHead(status, {
          'Content-Type': type,
          Vary: 'Origin',
          'Cache-Control': 'no-cache',
        });
        response.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(
    url: string,
  ): Promise<{ status: number; type: string; body: Buffer | string }> {
    const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
    if (!pathname.startsWith(this.base))
      return { status: 404, type: 'text/plain', body: 'not found' };
    let file = normalize(join(this.root, pathname.slice(this.base.length)));
    if (!file.startsWith(normalize(this.root)))
      return { status: 403, type: 'text/plain', body: '' };
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body };
    } catch {
      return { status: 404, type: 'text/plain', body: 'not found' };
    }
  }
}
