import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultLinkCheckOptions, type LinkCheckOptions, type LinkTarget } from '../../src/links/types.js';
import type { Handler, TestServer } from '../servers/http.js';

/** Short timeouts and backoff so the suite stays fast; loopback servers need private hosts allowed. */
export function testOptions(overrides: Partial<LinkCheckOptions> = {}): LinkCheckOptions {
  return { ...defaultLinkCheckOptions, hosts: {}, timeoutMs: 2000, retries: 1, retryBaseMs: 20, allowPrivateHosts: true, ...overrides };
}

export const target = (url: string): LinkTarget => ({ url, occurrences: [{ path: 'README.md', line: 3, column: 5 }] });

export type Route = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

/** A handler that dispatches on the path (without query); unknown paths get a 404. */
export function routes(table: Record<string, Route>): Handler {
  return (req, res, server) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = table[path];
    if (route) route(req, res, server);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };
}
