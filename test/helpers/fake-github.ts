import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small fake of the GitHub REST API on loopback, for the Action's tests (GITHUB_API_URL points
 * here). It keeps issues, pull requests, reviews, review comments and file contents in memory and
 * logs every call, so tests can assert the exact requests. Where GitHub checks what it is sent, it
 * checks too: a review comment must lie on the new side of one hunk of the file's patch, and a
 * review's commit must be the pull request's head (else 422, as GitHub answers).
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

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

/** The identity of the Actions token: what the Action posts is written by it. */
export const actionsBot: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; repo: string };
  base: { sha: string; ref: string; repo: string };
}

export interface FakeReview {
  id: number;
  pull: number;
  body: string;
  commitId: string;
  user: FakeUser;
}

export interface FakeReviewComment {
  id: number;
  pull: number;
  reviewId: number | null;
  path: string;
  line: number;
  startLine: number | null;
  body: string;
  commitId: string;
  user: FakeUser;
}

export interface FakeGitHub {
  url: string;
  calls: ApiCall[];
  issues: FakeIssue[];
  /** Files of pull request N for GET /repos/:o/:r/pulls/N/files. */
  pullFiles: Map<number, Array<{ filename: string; status: string; patch?: string }>>;
  pulls: Map<number, FakePull>;
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** File texts by `${ref}:${path}` for GET /repos/:o/:r/contents/:path?ref=; `{ symlink }` for a link. */
  contents: Map<string, string | { symlink: string }>;
  /** When set, every call answers with this status (e.g. 403 for a fork's read-only token). */
  failWith: number | undefined;
  /** When it returns a status for a call (`GET /repos/…`), that call answers with it. */
  failOn: ((call: string) => number | undefined) | undefined;
  /** Forgets every call and everything stored. */
  reset: () => void;
  close: () => Promise<void>;
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  const fake: Omit<FakeGitHub, 'url' | 'close' | 'reset'> = {
    calls: [],
    issues: [],
    pullFiles: new Map(),
    pulls: new Map(),
    reviews: [],
    reviewComments: [],
    contents: new Map(),
    failWith: undefined,
    failOn: undefined,
  };
  let nextId = 1000;
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
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };
    if (fake.failWith) return reply(fake.failWith, { message: 'Resource not accessible by integration' });
    const failure = fake.failOn?.(`${req.method} ${url.pathname}`);
    if (failure) return reply(failure, { message: failure === 403 ? 'Resource not accessible by integration' : `HTTP ${failure}` });

    /** One page of `all`, with a Link header to the next as GitHub gives. */
    const page = (all: unknown[]) => {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const number = Number(url.searchParams.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (number * perPage < all.length) {
        const next = new URL(url.href.replace('http://fake', `http://${req.headers.host}`));
        next.searchParams.set('page', String(number + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return reply(200, all.slice((number - 1) * perPage, number * perPage), headers);
    };

    const path = url.pathname;
    const match = (pattern: string) => new RegExp(`^${prefix}${pattern}$`).exec(path);
    const issueMatch = match('/issues/(\\d+)');
    const commentMatch = match('/issues/(\\d+)/comments');
    const filesMatch = match('/pulls/(\\d+)/files');
    const pullMatch = match('/pulls/(\\d+)');
    const reviewsMatch = match('/pulls/(\\d+)/reviews');
    const reviewMatch = match('/pulls/(\\d+)/reviews/(\\d+)');
    const reviewCommentsMatch = match('/pulls/(\\d+)/comments');
    const reviewCommentMatch = match('/pulls/comments/(\\d+)');
    const contentsMatch = match('/contents/(.+)');
    if (req.method === 'GET' && filesMatch) return page(fake.pullFiles.get(Number(filesMatch[1])) ?? []);
    if (req.method === 'GET' && path === `${prefix}/pulls`) {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const pulls = [...fake.pulls.values()].filter((p) => p.state === state && (!head || `${p.head.repo.split('/')[0]}:${p.head.ref}` === head));
      return page(pulls.map(pullJson));
    }
    if (req.method === 'GET' && pullMatch) {
      const pull = fake.pulls.get(Number(pullMatch[1]));
      return pull ? reply(200, pullJson(pull)) : reply(404, { message: 'Not Found' });
    }
    if (req.method === 'GET' && reviewsMatch) return page(fake.reviews.filter((r) => r.pull === Number(reviewsMatch[1])).map(reviewJson));
    if (req.method === 'POST' && reviewsMatch) {
      const number = Number(reviewsMatch[1]);
      const pull = fake.pulls.get(number);
      if (!pull) return reply(404, { message: 'Not Found' });
      if (body.commit_id !== undefined && body.commit_id !== pull.head.sha) return reply(422, { message: 'Unprocessable Entity', errors: ['commit_id is not the head of the pull request'] });
      const comments = (body.comments ?? []) as Array<{ path: string; line: number; side?: string; start_line?: number; body: string }>;
      for (const comment of comments) {
        const patch = fake.pullFiles.get(number)?.find((f) => f.filename === comment.path)?.patch;
        const ranges = patch === undefined ? [] : newSideRanges(patch);
        const start = comment.start_line ?? comment.line;
        if (comment.side !== 'RIGHT' || !ranges.some(([from, to]) => from <= start && start <= comment.line && comment.line <= to)) {
          return reply(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
        }
      }
      const review: FakeReview = { id: (nextId += 1), pull: number, body: body.body ?? '', commitId: body.commit_id ?? pull.head.sha, user: actionsBot };
      fake.reviews.push(review);
      for (const comment of comments) {
        fake.reviewComments.push({
          id: (nextId += 1),
          pull: number,
          reviewId: review.id,
          path: comment.path,
          line: comment.line,
          startLine: comment.start_line ?? null,
          body: comment.body,
          commitId: review.commitId,
          user: actionsBot,
        });
      }
      return reply(200, reviewJson(review));
    }
    if (req.method === 'PUT' && reviewMatch) {
      const review = fake.reviews.find((r) => r.pull === Number(reviewMatch[1]) && r.id === Number(reviewMatch[2]));
      if (!review) return reply(404, { message: 'Not Found' });
      review.body = body.body;
      return reply(200, reviewJson(review));
    }
    if (req.method === 'GET' && reviewCommentsMatch) return page(fake.reviewComments.filter((c) => c.pull === Number(reviewCommentsMatch[1])).map(reviewCommentJson));
    if (req.method === 'DELETE' && reviewCommentMatch) {
      const at = fake.reviewComments.findIndex((c) => c.id === Number(reviewCommentMatch[1]));
      if (at === -1) return reply(404, { message: 'Not Found' });
      fake.reviewComments.splice(at, 1);
      return reply(204, undefined);
    }
    if (req.method === 'GET' && contentsMatch) {
      const filePath = decodeURIComponent(contentsMatch[1] as string);
      const content = fake.contents.get(`${url.searchParams.get('ref')}:${filePath}`);
      if (content === undefined) return reply(404, { message: 'Not Found' });
      if (typeof content !== 'string') return reply(200, { type: 'symlink', path: filePath, target: content.symlink });
      return reply(200, { type: 'file', path: filePath, encoding: 'base64', content: Buffer.from(content).toString('base64') });
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
  const reset = () => {
    fake.calls.length = 0;
    fake.issues.length = 0;
    fake.pullFiles.clear();
    fake.pulls.clear();
    fake.reviews.length = 0;
    fake.reviewComments.length = 0;
    fake.contents.clear();
    fake.failWith = undefined;
    fake.failOn = undefined;
  };
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The new-side line ranges of a patch's hunks: where GitHub accepts a review comment. */
function newSideRanges(patch: string): Array<[number, number]> {
  return [...patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)]
    .map((m): [number, number] => [Number(m[1]), Number(m[1]) + Number(m[2] ?? 1) - 1])
    .filter(([from, to]) => to >= from);
}

const userJson = (user: FakeUser) => ({ login: user.login, type: user.type });

const pullJson = (pull: FakePull) => ({
  number: pull.number,
  state: pull.state,
  head: { sha: pull.head.sha, ref: pull.head.ref, label: `${pull.head.repo.split('/')[0]}:${pull.head.ref}`, repo: { full_name: pull.head.repo } },
  base: { sha: pull.base.sha, ref: pull.base.ref, repo: { full_name: pull.base.repo } },
});

const reviewJson = (review: FakeReview) => ({ id: review.id, body: review.body, commit_id: review.commitId, state: 'COMMENTED', user: userJson(review.user) });

const reviewCommentJson = (comment: FakeReviewComment) => ({
  id: comment.id,
  pull_request_review_id: comment.reviewId,
  path: comment.path,
  line: comment.line,
  start_line: comment.startLine,
  side: 'RIGHT',
  body: comment.body,
  commit_id: comment.commitId,
  user: userJson(comment.user),
});

const toJson = (issue: FakeIssue) => ({
  number: issue.number,
  title: issue.title,
  body: issue.body,
  state: issue.state,
  labels: issue.labels.map((name) => ({ name })),
});
