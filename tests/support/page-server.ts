import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PageHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A local HTTP server for fetch tests, on 127.0.0.1 and a free port: routes by path, records the
 * paths asked for, and closes every connection when stopped (a slow response never holds a test).
 */
export class PageServer {
  readonly requests: string[] = [];
  private readonly routes = new Map<string, PageHandler>();
  private server: Server | null = null;
  base = '';

  route(path: string, handler: PageHandler): this {
    this.routes.set(path, handler);
    return this;
  }

  /** A route that answers one page with a content type. */
  page(path: string, body: string | Buffer, contentType = 'text/html; charset=utf-8'): this {
    return this.route(path, (_request, response) => {
      response.writeHead(200, { 'content-type': contentType });
      response.end(body);
    });
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0]!;
      this.requests.push(request.url ?? '/');
      const handler = this.routes.get(path);
      if (handler) handler(request, response);
      else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
