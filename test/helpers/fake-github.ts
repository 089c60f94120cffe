import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small fake of the GitHub REST API on loopback, for the Action's tests (GITHUB_API_URL points
 * here). It keeps issues in memory and logs every call, so tests can assert the exact requests.
 */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
}

export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeGitHub {
  url: string;
  calls: ApiCall[];
  issues: FakeIssue[];
  /** Files of pull request N for GET /repos/:o/:r/pulls/N/files. */
  pullFiles: Map<number, Array<{ filename: string; status: string; patch?: string }>>;
  /** When set, every call answers with this status (e.g. 403 for a fork's read-only token). */
  failWith: number | undefined;
  close: () => Promise<void>;
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  const fake: Omit<FakeGitHub, 'url' | 'close'> = { calls: [], issues: [], pullFiles: new Map(), failWith: undefined };
  const prefix = `/repos/${owner}/${repo}`;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.calls.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body, authorization: req.headers.authorization });
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (fake.failWith) return reply(fake.failWith, { message: 'Resource not accessible by integration' });

    const path = url.pathname;
    const issueMatch = new RegExp(`^${prefix}/issues/(\\d+)$`).exec(path);
    const commentMatch = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path);
    const filesMatch = new RegExp(`^${prefix}/pulls/(\\d+)/files$`).exec(path);
    if (req.method === 'GET' && filesMatch) {
      const all = fake.pullFiles.get(Number(filesMatch[1])) ?? [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.href.replace('http://fake', `http://${req.headers.host}`));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return reply(200, slice, headers);
    }
    if (req.method === 'GET' && path === `${prefix}/issues`) {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      return reply(200, fake.issues.filter((i) => i.state === state && (!label || i.labels.includes(label))).map(toJson));
    }
    if (req.method === 'POST' && path === `${prefix}/issues`) {
      const issue: FakeIssue = { number: fake.issues.length + 1, title: body.title, body: body.body ?? '', state: 'open', labels: body.labels ?? [], comments: [] };
      fake.issues.push(issue);
      return reply(201, toJson(issue));
    }
    if (req.method === 'PATCH' && issueMatch) {
      const issue = fake.issues.find((i) => i.number === Number(issueMatch[1]));
      if (!issue) return reply(404, { message: 'Not Found' });
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      if (body.state !== undefined) issue.state = body.state;
      return reply(200, toJson(issue));
    }
    if (req.method === 'POST' && commentMatch) {
      const issue = fake.issues.find((i) => i.number === Number(commentMatch[1]));
      if (!issue) return reply(404, { message: 'Not Found' });
      issue.comments.push(body.body);
      return reply(201, { id: issue.comments.length, body: body.body });
    }
    return reply(404, { message: `Not Found: ${req.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const toJson = (issue: FakeIssue) => ({
  number: issue.number,
  title: issue.title,
  body: issue.body,
  state: issue.state,
  labels: issue.labels.map((name) => ({ name })),
});
