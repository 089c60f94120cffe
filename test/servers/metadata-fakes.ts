import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * Loopback fakes of the metadata sources (arXiv, Crossref, doi.org, OpenReview v2 and v1, DBLP,
 * Semantic Scholar), each built from a small table of papers the test supplies and answering in the
 * shapes recorded in `../shared/fixtures/metadata/` (or, where nothing is recorded, those its README
 * documents). Each fake logs every request with its body, time and connection, and can be told to
 * misbehave: 429 with Retry-After, arXiv's "Rate exceeded.", truncated bodies, HTML error pages,
 * 500s, resets and delays.
 */

// ---------------------------------------------------------------------------------------------
// The recordings
// ---------------------------------------------------------------------------------------------

export const recordedDir = fileURLToPath(new URL('../../../shared/fixtures/metadata/', import.meta.url));

export interface RecordedAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[]>;
  /** The recorded request's URL. */
  url: string;
  method: string;
  requestBody: string;
}

/** A recorded answer: `recorded('arxiv', '1605.08386.xml')` reads the body and its `.meta.json`. */
export function recorded(folder: string, file: string): RecordedAnswer {
  const body = readFileSync(`${recordedDir}${folder}/${file}`, 'utf8');
  const meta = JSON.parse(readFileSync(`${recordedDir}${folder}/${file.replace(/\.[a-z]+$/, '')}.meta.json`, 'utf8')) as {
    status: number;
    url?: string;
    uri?: string;
    method?: string;
    headers?: Record<string, string[]>;
    request_body?: string;
  };
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(meta.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    status: meta.status,
    body,
    headers,
    url: meta.url ?? meta.uri ?? '',
    method: meta.method ?? 'GET',
    requestBody: meta.request_body ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// What every fake shares
// ---------------------------------------------------------------------------------------------

export interface FakeRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: URLSearchParams;
  body: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
  /** Which connection carried it: 1 for the first the fake accepted, 2 for the next… */
  connection: number;
}

export type FakeFault =
  /** Any status, e.g. 429 with `retryAfter: '2'`, 500, 503; the body defaults to the source's own error shape. */
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; contentType?: string }
  /** arXiv's throttle: HTTP 200 whose whole body is `Rate exceeded.` */
  | { kind: 'rate-exceeded' }
  /** A complete HTTP answer whose body is the normal answer cut in half (a proxy's doing). */
  | { kind: 'truncated' }
  /** The normal answer's headers, half its body, then the connection closes. */
  | { kind: 'aborted' }
  /** An HTML error page, 503 unless told. */
  | { kind: 'html-error'; status?: number }
  /** The connection is destroyed before any answer. */
  | { kind: 'reset' }
  /** The normal answer, `ms` late. */
  | { kind: 'delay'; ms: number };

export interface MetadataFake {
  origin: string;
  url: (path: string) => string;
  /** Every request, in arrival order. */
  requests: FakeRequest[];
  /** Connections accepted so far. */
  readonly connections: number;
  /** Added before every answer, faults included. */
  delayMs: number;
  /** Faults for the next requests, one each, in order. */
  failNext: (...faults: FakeFault[]) => void;
  /** A fault for every request once failNext's are used up; `undefined` to behave again. */
  failAlways: (fault: FakeFault | undefined) => void;
  close: () => Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface FakeDefinition {
  route: (request: FakeRequest) => Answer;
  /** The body of a `status` fault that brings none: the source's own error shape. */
  errorAnswer: (status: number) => { contentType: string; body: string };
}

const maxRequestBody = 4 * 1024 * 1024;

async function startFake(definition: FakeDefinition, host = '127.0.0.1'): Promise<MetadataFake> {
  const sockets = new Set<Socket>();
  const connectionIds = new WeakMap<Socket, number>();
  let connections = 0;
  const queued: FakeFault[] = [];
  let always: FakeFault | undefined;
  const server = createServer();
  server.keepAliveTimeout = 10_000;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    connectionIds.set(socket, connections);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  const fake: MetadataFake = {
    origin,
    url: (path) => `${origin}${path}`,
    requests: [],
    get connections() {
      return connections;
    },
    delayMs: 0,
    failNext: (...faults) => queued.push(...faults),
    failAlways: (fault) => {
      always = fault;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxRequestBody) chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const request: FakeRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
        headers: req.headers,
        at,
        connection: connectionIds.get(req.socket) ?? 0,
      };
      fake.requests.push(request);
      const fault = queued.shift() ?? always;
      answer(req, res, request, fault, size > maxRequestBody).catch(() => {
        if (!res.headersSent) send(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: 'The fake failed' });
      });
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse, request: FakeRequest, fault: FakeFault | undefined, oversize: boolean): Promise<void> {
    const wait = fake.delayMs + (fault?.kind === 'delay' ? fault.ms : 0);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (res.destroyed) return;
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (oversize) {
      send(res, { status: 413, headers: { 'content-type': 'text/plain' }, body: 'Request body too large' });
      return;
    }
    switch (fault?.kind) {
      case 'status': {
        const fallback = definition.errorAnswer(fault.status);
        const headers: Record<string, string> = { 'content-type': fault.contentType ?? fallback.contentType };
        if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
        send(res, { status: fault.status, headers, body: fault.body ?? fallback.body });
        return;
      }
      case 'rate-exceeded':
        send(res, { status: 200, headers: { 'content-type': 'text/plain' }, body: 'Rate exceeded.' });
        return;
      case 'html-error': {
        const status = fault.status ?? 503;
        send(res, { status, headers: { 'content-type': 'text/html' }, body: htmlErrorPage(status) });
        return;
      }
      case 'truncated': {
        const normal = definition.route(request);
        send(res, { ...normal, body: normal.body.slice(0, Math.floor(normal.body.length / 2)) });
        return;
      }
      case 'aborted': {
        const normal = definition.route(request);
        const bytes = Buffer.from(normal.body, 'utf8');
        res.writeHead(normal.status, { ...normal.headers, 'content-length': bytes.length });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => req.socket.destroy());
        return;
      }
      default:
        send(res, definition.route(request));
    }
  }

  return fake;
}

function send(res: ServerResponse, answer: Answer): void {
  const bytes = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { ...answer.headers, 'content-length': bytes.length });
  res.end(bytes);
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value, null, 1) };
}

function htmlErrorPage(status: number): string {
  const phrase = status === 503 ? 'Service Unavailable' : status === 502 ? 'Bad Gateway' : status === 404 ? 'Not Found' : 'Error';
  return `<!DOCTYPE html>\n<html>\n<head><title>${status} ${phrase}</title></head>\n<body>\n<center><h1>${status} ${phrase}</h1></center>\n</body>\n</html>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Words compared the way search engines do: case folded, punctuation and accents gone. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

// ---------------------------------------------------------------------------------------------
// arXiv
// ---------------------------------------------------------------------------------------------

export interface ArxivFakeAuthor {
  name: string;
  affiliation?: string;
}

export interface ArxivFakeRecord {
  /** The base id: `2110.14633`, `astro-ph/0601001`. */
  id: string;
  title: string;
  /** The latest version; 1 unless told. */
  version?: number;
  /** ISO time of the first version; by default the 15th of the id's month. */
  published?: string;
  /** ISO time of the latest version; `published` unless told. */
  updated?: string;
  authors?: (string | ArxivFakeAuthor)[];
  /** The first is the primary category; `['cs.LG']` unless told. */
  categories?: string[];
  comment?: string;
  journalRef?: string;
  doi?: string;
}

export interface ArxivFakeOptions {
  records: ArxivFakeRecord[];
  /** `reversed` answers entries in the opposite order of the id_list, as arXiv is free to. */
  order?: 'asked' | 'reversed';
  /** The feed's `<updated>`; the current time unless told. */
  now?: string;
}

/** `GET` or `POST /api/query` with `id_list`, `start` and `max_results` (10 unless given, as arXiv's). */
export function startArxivFake(options: ArxivFakeOptions): Promise<MetadataFake> {
  const table = new Map(options.records.map((record) => [record.id.toLowerCase(), record]));
  return startFake({
    errorAnswer: (status) => ({ contentType: 'text/plain', body: status === 429 ? 'Rate exceeded.' : `HTTP ${status}` }),
    route: (request) => {
      if (request.path !== '/api/query') return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
      const params = new URLSearchParams(request.query);
      if (request.method === 'POST') for (const [name, value] of new URLSearchParams(request.body)) params.set(name, value);
      const idList = params.get('id_list') ?? '';
      const start = Number(params.get('start') ?? '0') || 0;
      const maxResults = Number(params.get('max_results') ?? '10') || 10;
      const ids = idList === '' ? [] : idList.split(',').map((id) => id.trim());
      const malformed = ids.find((id) => !/^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z-]+)?\/\d{7})(?:v\d+)?$/.test(id));
      const now = options.now ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      if (malformed !== undefined) return { status: 400, headers: { 'content-type': 'application/atom+xml' }, body: arxivErrorFeed(malformed, now) };
      const found: { record: ArxivFakeRecord; version: number }[] = [];
      for (const id of ids) {
        const versioned = /^(.*?)(?:v(\d+))?$/.exec(id);
        const record = table.get((versioned?.[1] ?? id).toLowerCase());
        const latest = record?.version ?? 1;
        const version = versioned?.[2] === undefined ? latest : Number(versioned[2]);
        if (record && version >= 1 && version <= latest) found.push({ record, version });
      }
      if (options.order === 'reversed') found.reverse();
      const page = found.slice(start, start + maxResults);
      const body = arxivFeed({ idList, start, maxResults, total: found.length, now, entries: page.map((item) => arxivEntry(item.record, item.version)) });
      return { status: 200, headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body };
    },
  });
}

const feedOpening =
  `<?xml version='1.0' encoding='UTF-8'?>\n` +
  `<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n`;

function arxivFeed(feed: { idList: string; start: number; maxResults: number; total: number; now: string; entries: string[] }): string {
  const hash = createHash('sha1').update(`${feed.idList}|${feed.start}|${feed.maxResults}`).digest('base64').slice(0, 27);
  const ids = escapeXml(feed.idList);
  return (
    feedOpening +
    `  <id>https://arxiv.org/api/${hash}</id>\n` +
    `  <title>arXiv Query: search_query=&amp;id_list=${ids}&amp;start=${feed.start}&amp;max_results=${feed.maxResults}</title>\n` +
    `  <updated>${feed.now}</updated>\n` +
    `  <link href="https://arxiv.org/api/query?search_query=&amp;start=${feed.start}&amp;max_results=${feed.maxResults}&amp;id_list=${ids}" type="application/atom+xml"/>\n` +
    `  <opensearch:itemsPerPage>${feed.maxResults}</opensearch:itemsPerPage>\n` +
    `  <opensearch:totalResults>${feed.total}</opensearch:totalResults>\n` +
    `  <opensearch:startIndex>${feed.start}</opensearch:startIndex>\n` +
    feed.entries.join('') +
    `</feed>\n`
  );
}

function defaultPublished(id: string): string {
  const digits = /(\d{2})(\d{2})[.\d]/.exec(id.split('/').pop() ?? '');
  const yy = Number(digits?.[1] ?? '20');
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return `${year}-${digits?.[2] ?? '01'}-15T12:00:00Z`;
}

function arxivEntry(record: ArxivFakeRecord, version: number): string {
  const id = `${record.id}v${version}`;
  const published = record.published ?? defaultPublished(record.id);
  const categories = record.categories ?? ['cs.LG'];
  const authors = (record.authors ?? ['Ada Author']).map((author) => (typeof author === 'string' ? { name: author } : author));
  let entry =
    `  <entry>\n` +
    `    <id>http://arxiv.org/abs/${id}</id>\n` +
    `    <title>${escapeXml(record.title)}</title>\n` +
    `    <updated>${record.updated ?? published}</updated>\n` +
    `    <link href="https://arxiv.org/abs/${id}" rel="alternate" type="text/html"/>\n` +
    `    <link href="https://arxiv.org/pdf/${id}" rel="related" type="application/pdf" title="pdf"/>\n` +
    `    <summary>(abstract omitted)</summary>\n`;
  for (const category of categories) entry += `    <category term="${escapeXml(category)}" scheme="http://arxiv.org/schemas/atom"/>\n`;
  entry += `    <published>${published}</published>\n`;
  if (record.comment !== undefined) entry += `    <arxiv:comment>${escapeXml(record.comment)}</arxiv:comment>\n`;
  entry += `    <arxiv:primary_category term="${escapeXml(categories[0] ?? 'cs.LG')}"/>\n`;
  if (record.journalRef !== undefined) entry += `    <arxiv:journal_ref>${escapeXml(record.journalRef)}</arxiv:journal_ref>\n`;
  if (record.doi !== undefined) entry += `    <arxiv:doi>${escapeXml(record.doi)}</arxiv:doi>\n`;
  for (const author of authors) {
    entry += `    <author>\n      <name>${escapeXml(author.name)}</name>\n`;
    if (author.affiliation !== undefined) entry += `      <arxiv:affiliation>${escapeXml(author.affiliation)}</arxiv:affiliation>\n`;
    entry += `    </author>\n`;
  }
  return `${entry}  </entry>\n`;
}

/** The HTTP 400 answer to an id arXiv cannot read, as recorded in `arxiv/malformed-abc.xml`. */
function arxivErrorFeed(id: string, now: string): string {
  const errorUrl = `https://arxiv.org/api/errors#incorrect_id_format_for_${escapeXml(id)}`;
  return (
    feedOpening +
    `  <id>https://arxiv.org/</id>\n` +
    `  <title>arXiv Search Results</title>\n` +
    `  <updated>${now}</updated>\n` +
    `  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n` +
    `  <opensearch:totalResults>1</opensearch:totalResults>\n` +
    `  <opensearch:startIndex>0</opensearch:startIndex>\n` +
    `  <entry>\n` +
    `    <id>${errorUrl}</id>\n` +
    `    <title>Error</title>\n` +
    `    <updated>${now}</updated>\n` +
    `    <link href="${errorUrl}" rel="alternate" type="text/html"/>\n` +
    `    <summary>incorrect id format for ${escapeXml(id)}</summary>\n` +
    `    <author>\n      <name>arXiv api core</name>\n    </author>\n` +
    `  </entry>\n` +
    `</feed>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Crossref
// ---------------------------------------------------------------------------------------------

export interface CrossrefFakeRecord {
  doi: string;
  title: string;
  containerTitle?: string;
  /** Crossref's type: `journal-article` unless told (`proceedings-article`, `posted-content`…). */
  type?: string;
  year?: number;
  month?: number;
  day?: number;
  publisher?: string;
  authors?: { given: string; family: string }[];
  /** Landing page; `https://doi.org/{doi}` unless told. */
  url?: string;
  /** Writes `relation["has-preprint"]` with arXiv's DOI for this id. */
  preprintArxivId?: string;
}

const crossrefHeaders = (polite: boolean): Record<string, string> => ({
  'x-api-pool': polite ? 'polite' : 'public',
  'x-rate-limit-limit': polite ? '10' : '5',
  'x-rate-limit-interval': '1s',
  'x-concurrency-limit': polite ? '3' : '1',
});

/** `GET /works/{doi}` and `GET /works?query.bibliographic=…&rows=N`. A `mailto` puts the request in the polite pool. */
export function startCrossrefFake(options: { records: CrossrefFakeRecord[] }): Promise<MetadataFake> {
  const table = new Map(options.records.map((record) => [record.doi.toLowerCase(), record]));
  return startFake({
    errorAnswer: (status) => ({ contentType: 'text/plain', body: status === 429 ? 'Too Many Requests' : `HTTP ${status}` }),
    route: (request) => {
      const polite = request.query.has('mailto') || /mailto:/i.test(String(request.headers['user-agent'] ?? ''));
      const headers = crossrefHeaders(polite);
      if (request.path.startsWith('/works/')) {
        let doi: string;
        try {
          doi = decodeURIComponent(request.path.slice('/works/'.length));
        } catch {
          doi = '';
        }
        const record = table.get(doi.toLowerCase());
        if (!record) return { status: 404, headers: { 'content-type': 'text/plain', ...headers }, body: 'Resource not found.' };
        return json(200, { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: crossrefWork(record) }, headers);
      }
      if (request.path === '/works') {
        const query = request.query.get('query.bibliographic') ?? request.query.get('query') ?? '';
        const rows = Math.min(1000, Number(request.query.get('rows') ?? '20') || 20);
        const wanted = wordsOf(query);
        const matches = options.records.filter((record) => {
          const words = new Set(wordsOf(record.title));
          return wanted.length > 0 && wanted.some((word) => words.has(word));
        });
        const items = matches.slice(0, rows).map((record, index) => ({ ...crossrefWork(record), score: matches.length - index }));
        return json(
          200,
          {
            status: 'ok',
            'message-type': 'work-list',
            'message-version': '1.0.0',
            message: { facets: {}, 'total-results': matches.length, items, 'items-per-page': rows, query: { 'start-index': 0, 'search-terms': query } },
          },
          headers,
        );
      }
      return { status: 404, headers: { 'content-type': 'text/plain', ...headers }, body: 'Resource not found.' };
    },
  });
}

function crossrefDate(record: { year?: number; month?: number; day?: number }): { 'date-parts': number[][] } | undefined {
  if (record.year === undefined) return undefined;
  const parts = [record.year, record.month, record.day].filter((part): part is number => part !== undefined);
  return { 'date-parts': [parts] };
}

/** A Crossref work with fields the recorded `crossref/work.json` and `field-query.json` items have, in their order. */
function crossrefWork(record: CrossrefFakeRecord): Record<string, unknown> {
  const date = crossrefDate(record);
  const work: Record<string, unknown> = {
    publisher: record.publisher ?? 'Example Publisher',
    DOI: record.doi,
    type: record.type ?? 'journal-article',
    source: 'Crossref',
    title: [record.title],
    prefix: record.doi.split('/')[0],
    author: (record.authors ?? [{ given: 'Ada', family: 'Author' }]).map((author, index) => ({
      given: author.given,
      family: author.family,
      sequence: index === 0 ? 'first' : 'additional',
      affiliation: [],
    })),
    member: '1',
    'container-title': record.containerTitle === undefined ? [] : [record.containerTitle],
    URL: record.url ?? `https://doi.org/${record.doi}`,
    relation: record.preprintArxivId
      ? { 'has-preprint': [{ 'id-type': 'doi', id: `10.48550/arXiv.${record.preprintArxivId}`, 'asserted-by': 'subject' }] }
      : {},
  };
  if (date) {
    work.issued = date;
    work.published = date;
  }
  return work;
}

// ---------------------------------------------------------------------------------------------
// doi.org content negotiation
// ---------------------------------------------------------------------------------------------

export interface DoiFakeRecord {
  doi: string;
  title: string;
  containerTitle?: string;
  /** CSL type; `article` (as DataCite gives arXiv's DOIs) unless told. */
  type?: string;
  year?: number;
  publisher?: string;
  authors?: { given: string; family: string }[];
  /** Landing page: where doi.org sends a browser. */
  url?: string;
}

const cslType = 'application/vnd.citationstyles.csl+json';

/**
 * `GET /{doi}`. With `Accept: application/vnd.citationstyles.csl+json` it redirects (302) to the
 * registration agency, here `/csl/{doi}` on the same fake, which answers the CSL-JSON item; without,
 * it redirects to the landing page. An unknown DOI is a 404 HTML page, as doi.org's.
 */
export function startDoiFake(options: { records: DoiFakeRecord[]; redirect?: boolean }): Promise<MetadataFake> {
  const table = new Map(options.records.map((record) => [record.doi.toLowerCase(), record]));
  const redirect = options.redirect ?? true;
  return startFake({
    errorAnswer: (status) => ({ contentType: 'text/html', body: htmlErrorPage(status) }),
    route: (request): Answer => {
      const viaAgency = request.path.startsWith('/csl/');
      let doi: string;
      try {
        doi = decodeURIComponent(request.path.slice(viaAgency ? '/csl/'.length : 1));
      } catch {
        doi = '';
      }
      const record = table.get(doi.toLowerCase());
      if (!record) return { status: 404, headers: { 'content-type': 'text/html;charset=utf-8' }, body: doiNotFoundPage(doi) };
      const wantsCsl = String(request.headers.accept ?? '').includes(cslType);
      if (!wantsCsl && !viaAgency) {
        return { status: 302, headers: { location: record.url ?? `https://example.org/${record.doi}`, 'content-type': 'text/html' }, body: '' };
      }
      if (redirect && !viaAgency) {
        return { status: 302, headers: { location: `/csl/${record.doi}`, 'content-type': 'text/html' }, body: '' };
      }
      return { status: 200, headers: { 'content-type': `${cslType}; charset=utf-8` }, body: JSON.stringify(cslItem(record), null, 1) };
    },
  });
}

function doiNotFoundPage(doi: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head><title>DOI Not Found</title></head>\n<body>\n<h1>DOI Not Found</h1>\n<p>${escapeXml(doi)}</p>\n</body>\n</html>\n`;
}

/** A CSL-JSON item shaped like the recorded `doi-csl/citeproc-json-1.json`. */
function cslItem(record: DoiFakeRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    type: record.type ?? 'article',
    DOI: record.doi,
    publisher: record.publisher ?? (record.doi.toLowerCase().startsWith('10.48550/') ? 'arXiv' : 'Example Publisher'),
    title: record.title,
    author: (record.authors ?? [{ given: 'Ada', family: 'Author' }]).map((author) => ({ given: author.given, family: author.family })),
    URL: record.url ?? `https://doi.org/${record.doi}`,
  };
  if (record.containerTitle !== undefined) item['container-title'] = record.containerTitle;
  if (record.year !== undefined) item.issued = { 'date-parts': [[record.year]] };
  return item;
}

// ---------------------------------------------------------------------------------------------
// OpenReview
// ---------------------------------------------------------------------------------------------

export interface OpenReviewFakeRecord {
  id: string;
  /** The forum id; the note's own id unless told. */
  forum?: string;
  title: string;
  /** "ICLR 2024 poster", "Submitted to ICLR 2024", … */
  venue?: string;
  /** `ICLR.cc/2024/Conference`, `…/Rejected_Submission`, `…/Withdrawn_Submission`, … */
  venueid?: string;
  /** Which API holds the note: `v2` (venues from 2023/2024) unless told; v1 for older venues. */
  api?: 'v1' | 'v2';
  authors?: string[];
  /** Publication time in milliseconds. */
  pdate?: number;
}

/**
 * `GET /notes?ids=A,B` (a list of the notes it holds) and `GET /notes?id=A` (a 404 NotFoundError for
 * an unknown note). API v2 wraps every content field as `{"value": …}`; v1 does not. Each fake serves
 * only the notes of its own API, as the real ones do.
 */
export function startOpenReviewFake(options: { version: 'v1' | 'v2'; records: OpenReviewFakeRecord[] }): Promise<MetadataFake> {
  const table = new Map(options.records.filter((record) => (record.api ?? 'v2') === options.version).map((record) => [record.id, record]));
  const render = (record: OpenReviewFakeRecord) => (options.version === 'v2' ? noteV2(record) : noteV1(record));
  return startFake({
    errorAnswer: (status) => ({
      contentType: 'application/json',
      body: JSON.stringify({ name: status === 429 ? 'RateLimitError' : 'Error', message: status === 429 ? 'Too many requests' : `HTTP ${status}`, status }),
    }),
    route: (request) => {
      if (request.path !== '/notes') return json(404, { name: 'NotFoundError', message: 'Not Found', status: 404 });
      const single = request.query.get('id');
      if (single !== null) {
        const record = table.get(single);
        if (!record) return json(404, { name: 'NotFoundError', message: `The Note ${single} was not found`, status: 404, details: { path: 'id', value: single } });
        return json(200, { notes: [render(record)], count: 1 });
      }
      const ids = (request.query.get('ids') ?? '').split(',').filter((id) => id !== '');
      const notes = ids.map((id) => table.get(id)).filter((record): record is OpenReviewFakeRecord => record !== undefined).map(render);
      return json(200, { notes, count: notes.length });
    },
  });
}

function noteV2(record: OpenReviewFakeRecord): Record<string, unknown> {
  const content: Record<string, unknown> = {
    title: { value: record.title },
    authors: { value: record.authors ?? ['Ada Author'] },
    abstract: { value: '(abstract omitted)' },
  };
  if (record.venue !== undefined) content.venue = { value: record.venue };
  if (record.venueid !== undefined) content.venueid = { value: record.venueid };
  const note: Record<string, unknown> = {
    id: record.id,
    forum: record.forum ?? record.id,
    content,
    invitations: [`${(record.venueid ?? 'Venue').split('/').slice(0, 3).join('/')}/-/Submission`],
    cdate: record.pdate ?? 1_700_000_000_000,
    mdate: record.pdate ?? 1_700_000_000_000,
  };
  if (record.pdate !== undefined) note.pdate = record.pdate;
  return note;
}

function noteV1(record: OpenReviewFakeRecord): Record<string, unknown> {
  const content: Record<string, unknown> = { title: record.title, authors: record.authors ?? ['Ada Author'], abstract: '(abstract omitted)' };
  if (record.venue !== undefined) content.venue = record.venue;
  if (record.venueid !== undefined) content.venueid = record.venueid;
  return {
    id: record.id,
    forum: record.forum ?? record.id,
    content,
    invitation: `${(record.venueid ?? 'Venue').split('/').slice(0, 3).join('/')}/-/Blind_Submission`,
    cdate: record.pdate ?? 1_500_000_000_000,
    tcdate: record.pdate ?? 1_500_000_000_000,
  };
}

// ---------------------------------------------------------------------------------------------
// DBLP
// ---------------------------------------------------------------------------------------------

export interface DblpFakeRecord {
  /** `conf/iclr/AuthorXY23`, `journals/corr/abs-2209-04836`. */
  key: string;
  /** Without DBLP's final period: the fake adds it. */
  title: string;
  /** A string, or an array as DBLP sometimes sends. */
  venue: string | string[];
  year: number;
  /** `Conference and Workshop Papers`, `Journal Articles`, `Informal and Other Publications`. */
  type: string;
  /** One author is rendered as an object, several as an array, as DBLP does. */
  authors?: string[];
  ee?: string | string[];
  doi?: string;
  volume?: string;
}

/**
 * `GET /search/publ/api?q=…&format=json&h=N&f=F`: every query word must begin a word of the title,
 * as DBLP matches. `hit` is absent when nothing matches; with `singleHitAsObject` a lone hit is an
 * object rather than a one-element array.
 */
export function startDblpFake(options: { records: DblpFakeRecord[]; singleHitAsObject?: boolean }): Promise<MetadataFake> {
  return startFake({
    errorAnswer: (status) => ({ contentType: 'text/plain', body: status === 429 ? 'Too Many Requests' : `HTTP ${status}` }),
    route: (request) => {
      if (request.path !== '/search/publ/api') return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
      const query = request.query.get('q') ?? '';
      const hits = Math.min(1000, Math.max(0, Number(request.query.get('h') ?? '30') || 30));
      const first = Math.max(0, Number(request.query.get('f') ?? '0') || 0);
      const wanted = wordsOf(query);
      const matches = options.records.filter((record) => {
        const words = wordsOf(record.title);
        return wanted.length > 0 && wanted.every((word) => words.some((titleWord) => titleWord.startsWith(word)));
      });
      const page = matches.slice(first, first + hits).map((record, index) => dblpHit(record, first + index));
      const hitsObject: Record<string, unknown> = {
        '@total': String(matches.length),
        '@computed': String(matches.length),
        '@sent': String(page.length),
        '@first': String(first),
      };
      if (page.length > 0) hitsObject.hit = page.length === 1 && options.singleHitAsObject ? page[0] : page;
      return json(200, { result: { query, status: { '@code': '200', text: 'OK' }, time: { '@unit': 'msecs', text: '1.00' }, hits: hitsObject } });
    },
  });
}

function dblpHit(record: DblpFakeRecord, index: number): Record<string, unknown> {
  const authors = (record.authors ?? ['Ada Author']).map((name, n) => ({ '@pid': `00/${index}-${n}`, text: name }));
  const info: Record<string, unknown> = {
    authors: { author: authors.length === 1 ? authors[0] : authors },
    title: /[.?!]$/.test(record.title) ? record.title : `${record.title}.`,
    venue: record.venue,
  };
  if (record.volume !== undefined) info.volume = record.volume;
  info.year = String(record.year);
  info.type = record.type;
  info.access = 'open';
  info.key = record.key;
  if (record.doi !== undefined) info.doi = record.doi;
  if (record.ee !== undefined) info.ee = record.ee;
  info.url = `https://dblp.org/rec/${record.key}`;
  return { '@score': String(10 - Math.min(index, 9)), '@id': String(1000 + index), info, url: `URL#${1000 + index}` };
}

// ---------------------------------------------------------------------------------------------
// Semantic Scholar
// ---------------------------------------------------------------------------------------------

export interface SemanticScholarFakeRecord {
  /** 40 hex digits. */
  paperId: string;
  title: string;
  venue?: string;
  year?: number;
  externalIds?: { ArXiv?: string; DOI?: string; DBLP?: string; CorpusId?: number };
  publicationTypes?: string[] | null;
  publicationVenue?: { id: string; name: string; type?: string } | null;
  journal?: { name: string } | null;
  authors?: string[];
}

/**
 * `POST /graph/v1/paper/batch?fields=…` with `{"ids": […]}` (at most 500): an array in the order
 * asked, `null` for an unknown id, each paper holding `paperId` and the fields asked for. Ids may be
 * paperIds or `ARXIV:`, `DOI:`, `DBLP:`, `CorpusId:` forms. With `apiKey`, a request without that
 * `x-api-key` is refused with 403.
 */
export function startSemanticScholarFake(options: { records: SemanticScholarFakeRecord[]; apiKey?: string }): Promise<MetadataFake> {
  const find = (id: string): SemanticScholarFakeRecord | undefined => {
    const [prefix = '', ...rest] = id.split(':');
    const value = rest.join(':').toLowerCase();
    return options.records.find((record) => {
      if (rest.length === 0) return record.paperId === id.toLowerCase();
      switch (prefix.toUpperCase()) {
        case 'ARXIV':
          return record.externalIds?.ArXiv?.toLowerCase() === value;
        case 'DOI':
          return record.externalIds?.DOI?.toLowerCase() === value;
        case 'DBLP':
          return record.externalIds?.DBLP?.toLowerCase() === value;
        case 'CORPUSID':
          return String(record.externalIds?.CorpusId) === value;
        default:
          return false;
      }
    });
  };
  return startFake({
    errorAnswer: (status) => ({
      contentType: 'application/json',
      body: JSON.stringify(
        status === 429
          ? { message: 'Too Many Requests. Please wait and try again or apply for a key for higher rate limits.', code: '429' }
          : { message: `HTTP ${status}` },
      ),
    }),
    route: (request) => {
      if (request.path !== '/graph/v1/paper/batch' || request.method !== 'POST') return json(404, { error: 'Not found' });
      if (options.apiKey !== undefined && request.headers['x-api-key'] !== options.apiKey) return json(403, { message: 'Forbidden' });
      let ids: unknown;
      try {
        ids = (JSON.parse(request.body) as { ids?: unknown }).ids;
      } catch {
        return json(400, { error: 'Unacceptable JSON body' });
      }
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return json(400, { error: 'Body must hold "ids", a list of strings' });
      if (ids.length > 500) return json(400, { error: '-ids: List has more than 500 elements' });
      const fields = (request.query.get('fields') ?? 'title').split(',').map((name) => name.trim());
      return json(200, (ids as string[]).map((id) => {
        const record = find(id);
        return record ? semanticScholarPaper(record, fields) : null;
      }));
    },
  });
}

/** The fields in the order of the recorded `semanticscholar/batch-not-found.json`. */
function semanticScholarPaper(record: SemanticScholarFakeRecord, fields: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    paperId: record.paperId,
    externalIds: record.externalIds ?? {},
    corpusId: record.externalIds?.CorpusId ?? 0,
    publicationVenue: record.publicationVenue ?? null,
    url: `https://www.semanticscholar.org/paper/${record.paperId}`,
    title: record.title,
    venue: record.venue ?? '',
    year: record.year ?? null,
    publicationTypes: record.publicationTypes ?? null,
    journal: record.journal ?? null,
    authors: (record.authors ?? ['Ada Author']).map((name, index) => ({ authorId: String(1000 + index), name })),
  };
  const paper: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(all)) if (name === 'paperId' || fields.includes(name)) paper[name] = value;
  return paper;
}
