import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';

/**
 * Real HTTP servers on loopback addresses for the link checker's tests. Each one counts what the
 * checker did to it: connections opened, requests (method, path, time), and requests in flight at
 * once. Several addresses of 127/8 stand for several hosts.
 */

export interface LoggedRequest {
  method: string;
  path: string;
  /** performance.now() when the request arrived. */
  at: number;
  headers: IncomingMessage['headers'];
}

export interface ServerStats {
  connections: number;
  requests: LoggedRequest[];
  inFlight: number;
  maxInFlight: number;
  /** Responses whose connection closed before they were fully sent. */
  closedEarly: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

export interface TestServer {
  host: string;
  port: number;
  /** `http://host:port`, with brackets for IPv6. */
  origin: string;
  url: (path: string) => string;
  stats: ServerStats;
  /** The requests for one path, in order. */
  requestsTo: (path: string) => LoggedRequest[];
  close: () => Promise<void>;
}

/** Shared by servers that should count in-flight requests together (global concurrency). */
export interface InFlightCounter {
  now: number;
  max: number;
}

export async function startServer(host: string, handler: Handler, shared?: InFlightCounter): Promise<TestServer> {
  const stats: ServerStats = { connections: 0, requests: [], inFlight: 0, maxInFlight: 0, closedEarly: 0 };
  const sockets = new Set<Socket>();
  const server = createServer();
  server.keepAliveTimeout = 10_000;
  server.on('connection', (socket) => {
    stats.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const testServer: TestServer = {
    host,
    port,
    origin,
    url: (path) => `${origin}${path}`,
    stats,
    requestsTo: (path) => stats.requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    stats.requests.push({ method: req.method ?? '', path: req.url ?? '', at: performance.now(), headers: req.headers });
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    if (shared) {
      shared.now += 1;
      shared.max = Math.max(shared.max, shared.now);
    }
    res.on('close', () => {
      stats.inFlight -= 1;
      if (shared) shared.now -= 1;
      if (!res.writableFinished) stats.closedEarly += 1;
    });
    handler(req, res, testServer);
  });
  return testServer;
}

/** A port on `host` where nothing listens: bound, read, released. */
export async function refusedPort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Sends `total` bytes made on demand, so a 1 GB answer costs the test nothing unless it is read. */
export function lazyBody(total: number, onSent: (bytes: number) => void): Readable {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) {
        this.push(null);
        return;
      }
      const piece = total - sent >= chunk.length ? chunk : chunk.subarray(0, total - sent);
      sent += piece.length;
      onSent(sent);
      this.push(piece);
    },
  });
}

export function send(res: ServerResponse, status: number, headers: Record<string, string | number> = {}, body = ''): void {
  res.writeHead(status, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
