import type { PaperFact, PaperFacts } from '../facts.js';
import { normalizeHost } from '../http/host.js';
import { PoliteClient } from '../http/polite.js';
import type { HostLimits } from '../http/schedule.js';
import type { ListModel } from '../parse/model.js';
import { normalizeTitleLoose } from '../identity/title.js';
import { askArxiv, askArxivVersions } from './arxiv-client.js';
import { type PaperCache, freshPaper, forgetPaper, learnPaper, paperCacheContext } from './cache.js';
import type { SourceContext } from './client.js';
import { askDois } from './crossref-client.js';
import { askOpenReview } from './openreview-client.js';
import { effectiveLimits, type MetadataOptions, type SourceName } from './options.js';

/**
 * Gathers what the metadata sources say about the papers a list links: arXiv ids through the arXiv
 * API, DOIs through Crossref and doi.org, OpenReview ids through its v2 and v1 APIs. Fresh cached
 * papers are not asked again. Never throws for what a source does: a source that fails leaves its
 * papers `unverified`, with the reason.
 */

export type PaperKind = 'arxiv' | 'doi' | 'openreview';

const kindOfKey = (key: string): PaperKind | undefined => {
  const prefix = key.slice(0, key.indexOf(':'));
  return prefix === 'arxiv' || prefix === 'doi' || prefix === 'openreview' ? prefix : undefined;
};

export interface PaperKeyOptions {
  /** Only these kinds of papers (default: all three). */
  kinds?: readonly PaperKind[];
  /** Only papers linked at least once where this says yes (a pull request's changed lines). */
  select?: (occurrence: { path: string; line: number; column: number }) => boolean;
}

/** The paper keys the rows of paper tables link (title and link columns), each once, in document order. */
export function paperKeysOf(models: readonly ListModel[], options: PaperKeyOptions = {}): string[] {
  const kinds = new Set<PaperKind>(options.kinds ?? ['arxiv', 'doi', 'openreview']);
  const keys = new Set<string>();
  for (const model of models) {
    for (const entry of model.papers) {
      for (const { id, link } of entry.ids) {
        const kind = kindOfKey(id.key);
        if (kind === undefined || !kinds.has(kind) || keys.has(id.key)) continue;
        if (options.select && !options.select({ path: model.path, line: link.start.line, column: link.start.column })) continue;
        keys.add(id.key);
      }
    }
  }
  return [...keys];
}

/**
 * Facts for the papers of `input`: parsed lists (the paper keys of their tables, as `scope` picks
 * them, paperKeysOf) or paper keys (`arxiv:2110.14633`, `doi:10.1007/…`, `openreview:AbCd`; others
 * are ignored). Given lists, rows titled otherwise than a paper with several arXiv versions also
 * bring its earlier versions' titles (one more request). With a cache, fresh found papers come from
 * it, and what this run finds is written into it (found papers only).
 */
export async function gatherPaperFacts(
  input: readonly ListModel[] | Iterable<string>,
  options: MetadataOptions,
  cache?: PaperCache,
  scope: PaperKeyOptions = {},
  /** The run's client, shared with the other gatherers (src/metadata/run.ts), who close it; one of its own otherwise. */
  shared?: PoliteClient,
): Promise<PaperFacts> {
  const keys = isModelList(input) ? paperKeysOf(input, scope) : [...new Set([...input].filter((key) => kindOfKey(key) !== undefined))];
  const now = () => (options.now ?? Date.now)();
  const context = paperCacheContext(options);
  const facts = new Map<string, PaperFact>();
  const total = keys.length;
  const asked = new Set(keys);
  let done = 0;
  const decided = (key: string, fact: PaperFact) => {
    if (facts.has(key)) return;
    facts.set(key, fact);
    if (!asked.has(key)) return;
    done += 1;
    options.onProgress?.(done, total);
  };

  const ask: Record<PaperKind, string[]> = { arxiv: [], doi: [], openreview: [] };
  for (const key of keys) {
    const cached = cache && freshPaper(cache, key, now(), context);
    if (cached) decided(key, { status: 'found', record: cached.record });
    else ask[kindOfKey(key) as PaperKind].push(key.slice(key.indexOf(':') + 1));
  }

  const rowTitles = isModelList(input) ? rowTitlesByKey(input) : undefined;
  const renamedCandidates = () => (rowTitles ? versionsWanted(facts, rowTitles) : []);
  if (ask.arxiv.length + ask.doi.length + ask.openreview.length > 0 || renamedCandidates().length > 0) {
    const polite = shared ?? politeClientFor(options);
    const sourceContext: SourceContext = { polite, options };
    try {
      await Promise.all([
        ask.arxiv.length > 0 ? askArxiv(ask.arxiv, sourceContext, decided) : undefined,
        ask.doi.length > 0 ? askDois(ask.doi, sourceContext, decided) : undefined,
        ask.openreview.length > 0 ? askOpenReview(ask.openreview, sourceContext, decided) : undefined,
      ]);
      // A row titled otherwise than a paper with several versions: were they titled so once?
      const wanted = renamedCandidates();
      if (wanted.length > 0) {
        const titles = await askArxivVersions(wanted, sourceContext);
        for (const { id } of wanted) {
          const fact = facts.get(`arxiv:${id}`);
          const earlier = titles.get(id);
          if (!fact?.record || earlier === undefined) continue;
          const current = normalizeTitleLoose(fact.record.title);
          const differing = earlier.filter((item) => normalizeTitleLoose(item.title) !== current);
          facts.set(`arxiv:${id}`, { ...fact, record: { ...fact.record, earlierTitles: differing } });
        }
      }
    } finally {
      if (!shared) await polite.close();
    }
  }

  // Every key gets a fact, in the order asked; one a client left out (a bug) is unverified.
  const ordered = new Map<string, PaperFact>();
  for (const key of keys) ordered.set(key, facts.get(key) ?? { status: 'unverified', reason: 'no source answered for it' });
  // Progress always ends at the total, so a progress line is cleared even then.
  if (done < total) options.onProgress?.(total, total);
  if (cache) {
    for (const [key, fact] of ordered) {
      const cached = freshPaper(cache, key, now(), context);
      if (fact.status === 'found' && fact.record && (!cached || cached.record !== fact.record)) {
        // A cached record that gained earlier titles keeps its age: the title and existence are as old as they were.
        learnPaper(cache, key, { status: 'found', record: fact.record, checkedAt: cached?.checkedAt ?? now(), context });
      }
      else if (fact.status === 'nonexistent') forgetPaper(cache, key, now());
    }
  }
  return ordered;
}

/**
 * The `arxivApi` option of the link checker (src/links/types.ts): arXiv pages verified through the
 * API. Keys whose facts are `known` (the run's --metadata gathering, done or under way) are not
 * asked again; the rest (arXiv links outside the tables, with links.scope "all") are gathered.
 */
export function arxivVerifier(options: MetadataOptions, cache?: PaperCache, known?: PaperFacts | Promise<PaperFacts>): (keys: string[]) => Promise<PaperFacts> {
  return async (keys) => {
    const have = (await known) ?? new Map<string, PaperFact>();
    const missing = keys.filter((key) => !have.has(key));
    const more = missing.length > 0 ? await gatherPaperFacts(missing, options, cache) : new Map<string, PaperFact>();
    const facts = new Map<string, PaperFact>();
    for (const key of keys) {
      const fact = have.get(key) ?? more.get(key);
      if (fact) facts.set(key, fact);
    }
    return facts;
  };
}

/** The titles rows give each paper key: the title cell's text and the linking text of the paper's link. */
function rowTitlesByKey(models: readonly ListModel[]): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const model of models) {
    for (const entry of model.papers) {
      for (const { id, link } of entry.ids) {
        const list = titles.get(id.key) ?? [];
        list.push(entry.title, link.text);
        titles.set(id.key, list);
      }
    }
  }
  return titles;
}

/**
 * arXiv papers with more than one version whose rows are not titled as they are now, and whose
 * earlier titles are not known yet: a row may carry an earlier version's title.
 */
function versionsWanted(facts: ReadonlyMap<string, PaperFact>, rowTitles: ReadonlyMap<string, string[]>): Array<{ id: string; latest: number }> {
  const wanted: Array<{ id: string; latest: number }> = [];
  for (const [key, fact] of facts) {
    const record = fact.record;
    if (!key.startsWith('arxiv:') || !record || record.earlierTitles !== undefined || (record.version ?? 1) < 2) continue;
    const current = normalizeTitleLoose(record.title);
    const titles = rowTitles.get(key) ?? [];
    if (titles.some((title) => normalizeTitleLoose(title) === current)) continue;
    wanted.push({ id: key.slice('arxiv:'.length), latest: record.version as number });
  }
  return wanted;
}

function isModelList(input: readonly ListModel[] | Iterable<string>): input is readonly ListModel[] {
  return Array.isArray(input) && input.length > 0 && typeof input[0] === 'object';
}

/**
 * One polite client for the run's sources, each host:port at its source's limits (arXiv's own
 * hosts never faster than its terms allow), the interval counted from the end of the last request.
 */
export function politeClientFor(options: MetadataOptions): PoliteClient {
  const limits = new Map<string, HostLimits>();
  const add = (source: SourceName, url: string, settings: MetadataOptions['sources'][SourceName]) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    const key = normalizeHost(parsed.host);
    if (!limits.has(key)) limits.set(key, { ...effectiveLimits(source, settings, parsed.hostname, options.mailto), intervalFromEnd: true });
  };
  const { arxiv, crossref, doi, openreview, dblp, semanticScholar } = options.sources;
  add('arxiv', arxiv.url, arxiv);
  add('crossref', crossref.url, crossref);
  add('doi', doi.url, doi);
  add('openreview', openreview.url, openreview);
  add('openreview', openreview.v1Url, openreview);
  add('dblp', dblp.url, dblp);
  add('semanticScholar', semanticScholar.url, semanticScholar);
  for (const host of doi.agencyHosts) add('doi', `https://${host}`, doi);
  return new PoliteClient({
    concurrency: 16,
    limitsOf: (host) => limits.get(host) ?? { concurrency: 1, intervalMs: 1_000, intervalFromEnd: true },
    hostKey: (url) => normalizeHost(url.host),
    // One connection to arXiv, three to Crossref: a source never sees more connections than requests it allows.
    connectionsFor: (origin) => limits.get(normalizeHost(origin.host))?.concurrency ?? 1,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    ...(options.retryBaseMs !== undefined && { retryBaseMs: options.retryBaseMs }),
    maxRetryAfterMs: options.maxRetryAfterMs,
    ...(options.maxTotalRetryAfterMs !== undefined && { maxTotalRetryAfterMs: options.maxTotalRetryAfterMs }),
    ...(options.totalTimeoutMs !== undefined && { totalTimeoutMs: options.totalTimeoutMs }),
    allowPrivateHosts: options.allowPrivateHosts,
    ...(options.lookup && { lookup: options.lookup }),
  });
}
