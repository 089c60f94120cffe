import type { PaperFact } from '../facts.js';
import { normalizeHost } from '../http/host.js';
import { endpoint, fetchAnswer, type SourceContext, unverified } from './client.js';
import { crossrefMaxBodyChars, parseCrossrefWork } from './crossref.js';
import { doiCslMaxBodyChars, parseDoiCsl } from './doi-csl.js';
import type { SourceAnswer } from './record.js';

/**
 * DOIs: Crossref first (`works/{doi}`, at most 3 in flight, the `mailto` for its polite pool), and
 * doi.org content negotiation (CSL-JSON) for DOIs Crossref does not hold: DataCite's (arXiv's
 * `10.48550/…`, Zenodo's …), which go there directly, and any other Crossref answers 404 for. A
 * DOI doi.org itself answers 404 for resolves nowhere: nonexistent.
 */

/** Prefixes registered with DataCite, never held by Crossref: asked at doi.org at once. */
const dataCitePrefixes = ['10.48550/', '10.5281/', '10.6084/', '10.5061/'];

const cslAccept = 'application/vnd.citationstyles.csl+json';
const maxRedirects = 5;

/** Facts for DOIs (lower case, as paper keys hold them), keyed `doi:<doi>`. */
export async function askDois(dois: readonly string[], context: SourceContext, decided: (key: string, fact: PaperFact) => void): Promise<void> {
  await Promise.all(dois.map(async (doi) => decided(`doi:${doi}`, await askDoi(doi, context))));
}

async function askDoi(doi: string, context: SourceContext): Promise<PaperFact> {
  if (!/^10\.\d{4,9}\/\S+$/.test(doi) || doi.length > 300) return { status: 'nonexistent', reason: `'${doi.slice(0, 60)}' is not a DOI` };
  if (!dataCitePrefixes.some((prefix) => doi.startsWith(prefix))) {
    const crossref = await askCrossref(doi, context);
    if (crossref !== 'not held') return crossref;
  }
  return askDoiOrg(doi, context);
}

/** A DOI's path segments percent-encoded one by one: its slashes stay slashes. */
const doiPath = (doi: string) => doi.split('/').map(encodeURIComponent).join('/');

async function askCrossref(doi: string, context: SourceContext): Promise<PaperFact | 'not held'> {
  const { mailto } = context.options;
  const url = endpoint(context.options.sources.crossref.url, `/works/${doiPath(doi)}`, mailto ? { mailto } : {});
  if (typeof url === 'string') return unverified(`the Crossref source ${url}`);
  const fetched = await fetchAnswer(context, 'Crossref', url, { headers: { accept: 'application/json' }, maxBytes: crossrefMaxBodyChars });
  if (!fetched.ok) return unverified(fetched.failure.reason);
  const result = parseCrossrefWork(fetched.answer);
  if (result.outcome === 'found') return { status: 'found', record: result.record };
  if (result.outcome === 'not-found') return 'not held';
  return unverified(result.reason);
}

/**
 * doi.org redirects content negotiation to the DOI's registration agency: followed only to doi.org's
 * own host and the configured agency hosts, each hop within the same politeness and SSRF guard.
 */
async function askDoiOrg(doi: string, context: SourceContext): Promise<PaperFact> {
  const settings = context.options.sources.doi;
  const start = endpoint(settings.url, `/${doiPath(doi)}`);
  if (typeof start === 'string') return unverified(`the doi.org source ${start}`);
  const allowed = new Set([normalizeHost(start.hostname), ...settings.agencyHosts.map(normalizeHost)]);
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const fetched = await fetchAnswer(context, 'doi.org', url, { headers: { accept: cslAccept }, maxBytes: doiCslMaxBodyChars });
    if (!fetched.ok) return unverified(fetched.failure.reason);
    const { answer } = fetched;
    const location = isRedirect(answer.status) ? headerText(answer, 'location') : undefined;
    if (location === undefined) {
      // A 404 after a redirect comes from the agency: the DOI resolves, only its metadata is missing.
      if (answer.status === 404 && hop > 0) return unverified(`the registration agency of ${doi} has no metadata for it (HTTP 404 at ${url.hostname})`);
      const result = parseDoiCsl(answer);
      if (result.outcome === 'found') return { status: 'found', record: result.record };
      if (result.outcome === 'not-found') return { status: 'nonexistent', reason: `no registration agency knows DOI ${doi} (doi.org answered 404)` };
      return unverified(result.reason);
    }
    if (hop >= maxRedirects) return unverified(`doi.org redirected ${doi} more than ${maxRedirects} times`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return unverified(`doi.org redirected ${doi} to an invalid URL`);
    }
    if ((next.protocol !== 'https:' && next.protocol !== 'http:') || !allowed.has(normalizeHost(next.hostname))) {
      return unverified(`doi.org sent ${doi} on to ${next.protocol === 'https:' || next.protocol === 'http:' ? next.hostname : `a ${next.protocol} URL`}, which is no metadata source lint-list asks`);
    }
    url = next;
  }
}

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

function headerText(answer: SourceAnswer, name: string): string | undefined {
  const value = answer.headers?.[name];
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}
