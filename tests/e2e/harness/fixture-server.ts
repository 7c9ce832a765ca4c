/**
 * One loopback HTTP server for the e2e tests. It serves fixture pages under real news hostnames and also acts
 * as the HTTP proxy Firefox is pointed at (a proxied request carries the absolute URL). Chromium reaches it
 * through `--host-resolver-rules`. Every request is recorded, so a test can prove what the browser fetched.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | (() => string);
  type?: string;
}

export interface FixtureServer {
  port: number;
  /** `http://host/path` → page. */
  route(url: string, route: Route): void;
  requests: string[];
  close(): Promise<void>;
}

function requestUrl(req: IncomingMessage): string {
  const raw = req.url ?? '/';
  if (/^https?:\/\//.test(raw)) return raw;
  return `http://${req.headers.host ?? 'localhost'}${raw}`;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(requestUrl(req));
    const key = `${url.protocol}//${url.host}${url.pathname}`;
    requests.push(key);
    const route = routes.get(key);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : route.body;
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  // HTTPS through the proxy (CONNECT) is recorded and refused: fixtures are plain HTTP.
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    route(url, route) {
      const u = new URL(url);
      routes.set(`${u.protocol}//${u.host}${u.pathname}`, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
