import type { Facts, PaperRecord } from '../facts.js';
import { normalizeUrl } from '../identity/paper-id.js';
import { compareTitles, nearIdentical, normalizeTitleLoose } from '../identity/title.js';
import {
  displayVenue,
  knownVenue,
  type ListStyle,
  listStyleOf,
  sanitizeVenueText,
  type Variant,
  writeArxivLink,
  writeListVenue,
  writePreprint,
  writeVenue,
} from '../identity/venue-style.js';
import { compactVenue } from '../identity/venue.js';
import { parseReportedArxivId } from '../metadata/arxiv-id.js';
import { offlineVenueHosts, venueFromUrl } from '../metadata/venue-from-url.js';
import type { Cell, ListModel, PaperEntry } from '../parse/model.js';
import { withoutTags } from '../parse/papers.js';
import { arxivCategories } from './arxiv-categories.js';
import type { Edit, Suggestion } from './types.js';

/**
 * The evidence policy: what ties a venue (or an arXiv id) found by the metadata sources, or read from
 * a link, to a row's own paper, and how strongly. Pure: a row and the facts in, evidence out.
 *
 * **Strong** — may be written into the list by `--fix`:
 * - the link itself: a proceedings URL (src/metadata/venue-from-url.ts) proves where the paper appeared;
 * - a record that carries the row's own identifier: its arXiv id or DOI (or the DOI arXiv gives for
 *   its arXiv id), an accepted OpenReview venueid of the row's forum id, the arXiv record's own
 *   journal reference when it reads exactly as a known venue and a year, a DBLP record whose
 *   electronic edition is the row's link;
 * - an exact title match (titles compared as title-mismatch compares them for equality: case,
 *   punctuation, LaTeX and accents aside), only when it is the only published venue among the hits
 *   with that title, of kind conference or journal, the title has at least 4 words, and its year lies
 *   from one year before to four years after the year of the row's arXiv id. A row without an arXiv
 *   id gets nothing strong from a title alone (only from a record carrying its DOI or link).
 *
 * Records of preprints (arXiv, DBLP's CoRR) never count as published. Records that disagree on the
 * venue are not strong, whatever ties them. **Weak** is everything else: similar titles, several
 * exact hits with different venues, titles of fewer than 4 words, years out of range, workshop
 * papers found by title. Weak evidence is named as "possibly …", never written.
 */

export type EvidenceSource = 'link' | 'openreview' | 'arxiv' | 'crossref' | 'doi' | 'dblp' | 'semanticScholar';

export interface VenueClaim {
  /** The venue's short name (`NeurIPS`) when `known`; else the source's name, sanitized, never written as it is. */
  name: string;
  known: boolean;
  /** The name comes from lint-list's own data tables (a proceedings URL read offline). */
  fromOwnData?: boolean;
  variant: Variant;
  /** The name itself is a workshop's (`UniReps`), not a conference's workshops (`CVPR Workshops`). */
  workshopName?: boolean;
  kind: 'conference' | 'journal' | 'workshop';
  year?: number;
  source: EvidenceSource;
  /** How the record is tied to the row: the row's link, one of its identifiers, or its title. */
  tie: 'link' | 'id' | 'title';
  strong: boolean;
  /** Weak: why it is only possible. */
  why?: string;
  /** Where a person sees the record (built from checked ids, or the row's own link). */
  url?: string;
  /** The link it was read from (tie `link`). */
  host?: string;
}

export interface PreprintEvidence {
  /** The arXiv base id. */
  id: string;
  /** The primary category, when a source gave one that arXiv's taxonomy holds. */
  category?: string;
  /** The year of the id (its first version). */
  year: number;
  source: EvidenceSource;
  url: string;
}

export interface ArxivCandidate {
  id: string;
  year: number;
  strong: boolean;
  why?: string;
  source: EvidenceSource;
  url?: string;
}

export interface Evidence {
  /** Published venues found, strong and weak, in the order found. */
  claims: VenueClaim[];
  /** The row's paper is on arXiv (a record of its arXiv id). */
  preprint?: PreprintEvidence;
  /** For a row that links no arXiv paper: arXiv papers with its title. */
  arxiv: ArxivCandidate[];
  /** Whether the title search for the row answered. */
  search: 'answered' | 'unverified' | 'none';
}

export interface EvidenceOptions {
  /**
   * Read title searches by title (default true); false reads only their records tied to the row by an
   * identifier, as venue-mismatch does (it contradicts a person only on proof about the row's own paper).
   */
  titles?: boolean;
}

/** A title has to have this many words to count as the same paper by title alone. */
export const minTitleWords = 4;
/** Years a published version may come before / after the year of the preprint's arXiv id. */
export const yearsBefore = 1;
export const yearsAfter = 4;

const hostPattern = new RegExp(`^https?://(?:www\\.)?(?:${offlineVenueHosts.map((host) => host.replace(/\./g, '\\.')).join('|')})(?:[:/]|$)`, 'i');

/** What the row's links prove offline: a proceedings URL. */
export function offlineClaims(entry: PaperEntry): VenueClaim[] {
  const claims: VenueClaim[] = [];
  for (const link of entry.links) {
    const url = link.url.trim();
    if (!hostPattern.test(url)) continue;
    const found = venueFromUrl(url);
    if (!found) continue;
    const known = knownVenue(found.venue);
    const variant: Variant = known && known.variant !== 'main' ? known.variant : found.kind === 'workshop' ? 'workshop' : 'main';
    claims.push({
      name: known?.name ?? found.venue.replace(/^Findings of /, ''),
      known: true,
      fromOwnData: true,
      variant: found.venue.startsWith('Findings of ') ? 'findings' : variant,
      workshopName: variant === 'workshop' && known?.variant !== 'workshop',
      kind: found.kind,
      year: found.year,
      source: 'link',
      tie: 'link',
      strong: true,
      url,
      host: found.host,
    });
  }
  return claims;
}

interface RowIds {
  arxiv: Set<string>;
  dois: Set<string>;
  forums: Set<string>;
  urls: Set<string>;
}

function rowIdsOf(entry: PaperEntry): RowIds {
  const ids: RowIds = { arxiv: new Set(), dois: new Set(), forums: new Set(), urls: new Set() };
  for (const { id } of entry.ids) {
    const at = id.key.indexOf(':');
    const kind = id.key.slice(0, at);
    const value = id.key.slice(at + 1);
    if (kind === 'arxiv') ids.arxiv.add(value);
    else if (kind === 'doi') ids.dois.add(value);
    else if (kind === 'openreview') ids.forums.add(value);
  }
  for (const link of entry.links) {
    const url = normalizeUrl(link.url);
    if (url) ids.urls.add(url);
  }
  return ids;
}

/** The year of an arXiv id's first version: `2110.14739` → 2021, `hep-th/9901001` → 1999. */
export function arxivYear(id: string): number | undefined {
  const fresh = /^(\d{2})\d{2}\.\d{4,5}$/.exec(id);
  if (fresh) return 2000 + Number(fresh[1]);
  const old = /^[a-z-]+\/(\d{2})\d{5}$/.exec(id);
  if (old) return (Number(old[1]) >= 91 ? 1900 : 2000) + Number(old[1]);
  return undefined;
}

/** A record's page, built only from an id checked against its source's grammar. */
export function recordUrl(record: PaperRecord): string | undefined {
  switch (record.source) {
    case 'dblp': {
      const key = record.ids.dblp ?? record.id;
      return /^[a-z]+\/[\w\-/.+]{1,200}$/i.test(key) && !key.includes('..') ? `https://dblp.org/rec/${key}` : undefined;
    }
    case 'arxiv':
      return arxivUrl(record.ids.arxiv ?? record.id);
    case 'openreview': {
      const id = record.ids.openreview ?? record.id;
      return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `https://openreview.net/forum?id=${id}` : undefined;
    }
    case 'crossref':
    case 'doi':
      return doiUrl(record.ids.doi ?? record.id);
    case 'semanticScholar':
      return /^[0-9a-f]{40}$/i.test(record.id) ? `https://www.semanticscholar.org/paper/${record.id}` : undefined;
  }
}

const doiUrl = (doi: string) => (/^10\.\d{4,9}\/[A-Za-z0-9._\-;()/:]{1,200}$/.test(doi) ? `https://doi.org/${doi}` : undefined);

/** A base arXiv id that arXiv's id grammar accepts (src/metadata/arxiv-id.ts), or undefined. */
function checkedArxivId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const reading = parseReportedArxivId(id);
  return reading.valid ? reading.id : undefined;
}

function arxivUrl(id: string): string | undefined {
  const reading = parseReportedArxivId(id);
  return reading.valid ? `https://arxiv.org/abs/${reading.id}` : undefined;
}

const validYear = (year: number | undefined) => (year !== undefined && Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : undefined);

/**
 * The venue a record names, as a claim (not yet strong or weak): undefined for preprints, records of
 * no publication kind, and records that name no venue.
 */
function claimOf(record: PaperRecord, tie: VenueClaim['tie']): VenueClaim | undefined {
  const kind = record.kind;
  if (kind !== 'conference' && kind !== 'journal' && kind !== 'workshop') return undefined;
  if (record.source === 'openreview' && record.accepted !== true) return undefined;
  let named = record.source === 'openreview' ? openReviewVenue(record) : undefined;
  if (!named && record.venue !== undefined) named = knownVenue(record.venue);
  const variant: Variant = named && named.variant !== 'main' ? named.variant : kind === 'workshop' ? 'workshop' : 'main';
  // OpenReview's venueid names the venue's year; a note's own year may be its submission's.
  const year = named?.year ?? validYear(record.year);
  const base = { variant, kind, source: record.source as EvidenceSource, tie, strong: false, url: recordUrl(record) };
  if (named) return { ...base, name: named.name, known: true, ...(year !== undefined && { year }) };
  const name = sanitizeVenueText(record.venue ?? '');
  if (name === '' || /^(?:arxiv|corr)\b/i.test(name)) return undefined;
  return { ...base, name, known: false, ...(year !== undefined && { year }) };
}

/** `ICLR.cc/2023/Conference`, `NeurIPS.cc/2023/Workshop/UniReps`, `colmweb.org/COLM/2024/Conference`, `TMLR`. */
function openReviewVenue(record: PaperRecord): { name: string; variant: Variant; year?: number } | undefined {
  if (record.accepted !== true || record.venueId === undefined) return undefined;
  const parts = record.venueId.split('/').slice(0, 6);
  const year = validYear(Number(parts.find((part) => /^(?:19|20)\d{2}$/.test(part))));
  const host = (parts[0] ?? '').replace(/\.(?:cc|org|net|com|io|ai)$/i, '');
  const named = knownVenue(host) ?? (parts[1] !== undefined && !/^\d/.test(parts[1]) ? knownVenue(parts[1]) : undefined);
  if (!named) return undefined;
  const variant: Variant = parts.some((part) => /^workshop$/i.test(part)) ? 'workshop' : named.variant;
  return { name: named.name, variant, ...(year !== undefined && { year }) };
}

/**
 * An arXiv journal reference that reads exactly as a known venue and a year (`ICLR 2023`, `Accepted
 * at NeurIPS 2021`, `Published in Transactions on Machine Learning Research (2023)`); anything longer
 * (pages, volumes, free text) is not read.
 */
export function journalRefClaim(journalRef: string): { name: string; variant: Variant; year: number } | undefined {
  const text = journalRef.slice(0, 200).normalize('NFKC').replace(/\s+/g, ' ').trim()
    .replace(/^(?:accepted|published|appears?|appeared|to appear|presented)\s+(?:at|in|to|by)\s+(?:the\s+)?/i, '');
  const match = /^([A-Za-z][A-Za-z&.:/ -]{1,120}?)[\s,']*\(?((?:19|20)\d{2})\)?(?:\s*\((?:oral|poster|spotlight)\))?\.?$/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const named = knownVenue(match[1]);
  return named ? { ...named, year: Number(match[2]) } : undefined;
}

/** Gathers what the row's links, identifiers and title say about where its paper appeared. */
export function evidenceOf(entry: PaperEntry, facts: Facts, options: EvidenceOptions = {}): Evidence {
  const evidence: Evidence = { claims: offlineClaims(entry), arxiv: [], search: 'none' };
  const ids = rowIdsOf(entry);
  const papers = facts.papers;
  const tiedClaim = (record: PaperRecord) => {
    const claim = claimOf(record, 'id');
    if (claim) evidence.claims.push({ ...claim, strong: true });
  };
  const tied = (record: PaperRecord) =>
    (record.ids.arxiv !== undefined && ids.arxiv.has(record.ids.arxiv.toLowerCase())) ||
    (record.ids.doi !== undefined && ids.dois.has(record.ids.doi.toLowerCase())) ||
    (record.ids.openreview !== undefined && ids.forums.has(record.ids.openreview)) ||
    (record.url !== undefined && ids.urls.has(normalizeUrl(record.url) ?? '\u0000'));

  if (papers) {
    for (const { id } of entry.ids) {
      const record = papers.get(id.key)?.status === 'found' ? papers.get(id.key)?.record : undefined;
      if (!record) continue;
      if (record.source === 'arxiv') {
        const arxivId = checkedArxivId(record.ids.arxiv ?? record.id);
        const year = arxivId === undefined ? undefined : arxivYear(arxivId);
        const url = arxivId === undefined ? undefined : arxivUrl(arxivId);
        if (record.ids.doi) ids.dois.add(record.ids.doi.toLowerCase());
        if (!record.withdrawn && arxivId !== undefined && year !== undefined && url !== undefined && !evidence.preprint) {
          const category = record.primaryCategory !== undefined && arxivCategories.has(record.primaryCategory) ? record.primaryCategory : undefined;
          evidence.preprint = { id: arxivId, year, source: 'arxiv', url, ...(category && { category }) };
        }
        const reference = record.journalRef === undefined ? undefined : journalRefClaim(record.journalRef);
        if (reference) {
          evidence.claims.push({
            name: reference.name, known: true, variant: reference.variant, kind: reference.variant === 'workshop' ? 'workshop' : 'conference',
            year: reference.year, source: 'arxiv', tie: 'id', strong: true, ...(url && { url }),
          });
        }
      } else tiedClaim(record);
    }
  }
  for (const { id } of entry.ids) {
    for (const record of facts.relatedRecords?.get(id.key) ?? []) if (tied(record)) tiedClaim(record);
  }

  const search = facts.titleSearches?.get(entry.normalizedTitle);
  if (search) evidence.search = search.status;
  if (search?.status === 'answered') readTitleSearch(entry, search.hits, ids, tied, evidence, options.titles !== false);
  evidence.claims = distinctClaims(evidence.claims);
  return evidence;
}

function readTitleSearch(
  entry: PaperEntry,
  hits: readonly PaperRecord[],
  ids: RowIds,
  tied: (record: PaperRecord) => boolean,
  evidence: Evidence,
  byTitle: boolean,
): void {
  const source = (hit: PaperRecord) => hit.source as EvidenceSource;
  const rowTitle = withoutTags(entry.title);
  const rowLoose = normalizeTitleLoose(rowTitle);
  if (rowLoose === '') return;
  const exact: PaperRecord[] = [];
  const near: PaperRecord[] = [];
  for (const hit of hits.slice(0, 100)) {
    if (tied(hit)) {
      if (hit.kind === 'preprint') {
        const arxivId = checkedArxivId(hit.ids.arxiv ?? [...ids.arxiv][0]);
        const year = arxivId === undefined ? undefined : arxivYear(arxivId);
        const url = recordUrl(hit) ?? (arxivId === undefined ? undefined : arxivUrl(arxivId));
        if (!evidence.preprint && arxivId !== undefined && year !== undefined && url !== undefined) evidence.preprint = { id: arxivId, year, source: source(hit), url };
      } else {
        const claim = claimOf(hit, 'id');
        if (claim) evidence.claims.push({ ...claim, strong: true });
      }
      continue;
    }
    if (!byTitle || hit.title === '') continue;
    const hitLoose = normalizeTitleLoose(hit.title);
    if (hitLoose === rowLoose) exact.push(hit);
    else if (isNear(rowTitle, hit.title, rowLoose, hitLoose)) near.push(hit);
  }
  const words = wordsOf(rowTitle);

  // arXiv papers with this title, for a row that links none.
  if (ids.arxiv.size === 0) {
    const found = new Map<string, PaperRecord>();
    for (const hit of exact) {
      const reading = hit.ids.arxiv === undefined ? undefined : parseReportedArxivId(hit.ids.arxiv);
      if (reading?.valid && !found.has(reading.id)) found.set(reading.id, hit);
    }
    for (const [id, hit] of found) {
      const year = arxivYear(id);
      if (year === undefined) continue;
      const outOfRange = exact.find((other) => other.year !== undefined && (other.year < year - yearsBefore || other.year > year + yearsAfter));
      const why =
        words < minTitleWords ? `a title of ${words} ${words === 1 ? 'word' : 'words'}`
          : found.size > 1 ? 'several arXiv papers have this title'
            : outOfRange ? `another paper of ${outOfRange.year} has this title too`
              : undefined;
      evidence.arxiv.push({ id, year, strong: why === undefined, source: source(hit), ...(why && { why }), url: recordUrl(hit) ?? `https://arxiv.org/abs/${id}` });
    }
    for (const hit of near) {
      const reading = hit.ids.arxiv === undefined ? undefined : parseReportedArxivId(hit.ids.arxiv);
      const year = reading?.valid ? arxivYear(reading.id) : undefined;
      if (!reading?.valid || year === undefined || evidence.arxiv.some((candidate) => candidate.id === reading.id)) continue;
      evidence.arxiv.push({ id: reading.id, year, strong: false, why: 'a similar title', source: source(hit), url: recordUrl(hit) ?? `https://arxiv.org/abs/${reading.id}` });
    }
  }

  // Published venues with this title.
  const rowYear = [...ids.arxiv].map(arxivYear).find((year) => year !== undefined) ?? evidence.arxiv.find((candidate) => candidate.strong)?.year;
  const published = exact.map((hit) => ({ hit, claim: claimOf(hit, 'title') })).filter((item): item is { hit: PaperRecord; claim: VenueClaim } => item.claim !== undefined);
  const distinct = new Set(published.map(({ claim }) => claimKey(claim)));
  for (const { hit, claim } of published) {
    const year = claim.year;
    const why =
      distinct.size > 1 ? 'several papers with this title appeared at different venues'
        : hit.kind === 'workshop' ? 'a workshop paper with this title'
          : words < minTitleWords ? `a title of ${words} ${words === 1 ? 'word' : 'words'}`
            : rowYear === undefined ? 'the same title, but the row names no arXiv paper to date it'
              : year === undefined ? 'the same title, but no year'
                : year < rowYear - yearsBefore ? `the same title, ${rowYear - year} years before the preprint`
                  : year > rowYear + yearsAfter ? `the same title, ${year - rowYear} years after the preprint`
                    : undefined;
    evidence.claims.push({ ...claim, strong: why === undefined, ...(why && { why }) });
  }
  for (const hit of near) {
    const claim = claimOf(hit, 'title');
    if (claim) evidence.claims.push({ ...claim, strong: false, why: 'a similar title' });
  }
}

/** Titles a word or a typo apart, or the same but for a name before a colon: possibly the same paper. */
function isNear(rowTitle: string, hitTitle: string, rowLoose: string, hitLoose: string): boolean {
  if (nearIdentical(rowLoose, hitLoose)) return true;
  const comparison = compareTitles(rowTitle, hitTitle);
  return comparison.sameButName || (comparison.shorterWords >= minTitleWords && comparison.similarity >= 0.8);
}

const wordsOf = (title: string) => title.split(/[^\p{L}\p{N}\-‐‑]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Claims compared by venue, variant and year (a name unknown to lint-list by its compact form). */
const claimKey = (claim: VenueClaim) => `${claim.known ? claim.name : compactVenue(claim.name)}|${claim.variant}|${claim.year ?? ''}`;

function distinctClaims(claims: VenueClaim[]): VenueClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claimKey(claim)}|${claim.source}|${claim.tie}|${claim.strong}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Which source speaks first when several agree: the link, then the sources that know the paper by its id. */
const sourceOrder: EvidenceSource[] = ['link', 'openreview', 'arxiv', 'crossref', 'doi', 'dblp', 'semanticScholar'];
const bySource = (a: VenueClaim, b: VenueClaim) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source);

export interface Decision {
  /** The venue strong evidence agrees on. */
  strong?: VenueClaim;
  /** What may be named as "possibly …": weak claims, and strong ones that disagree with each other. */
  possible: VenueClaim[];
}

/** Whether two claims name the same venue: same venue and variant, and the same year when both have one. */
export function sameVenue(a: VenueClaim, b: VenueClaim): boolean {
  const name = (claim: VenueClaim) => (claim.known ? claim.name : compactVenue(claim.name));
  return name(a) === name(b) && a.variant === b.variant && (a.year === undefined || b.year === undefined || a.year === b.year);
}

/**
 * What the evidence comes to: strong evidence tied to the row's own paper (its link or identifiers)
 * decides when it all agrees; an exact title decides only when nothing is tied to the row. Strong
 * claims that disagree, and weak ones, are only possible.
 */
export function decide(evidence: Evidence): Decision {
  const tiedClaims = evidence.claims.filter((claim) => claim.strong && claim.tie !== 'title').sort(bySource);
  const titleClaims = evidence.claims.filter((claim) => claim.strong && claim.tie === 'title');
  const weak = evidence.claims.filter((claim) => !claim.strong);
  const tier = tiedClaims.length > 0 ? tiedClaims : titleClaims;
  // Semantic Scholar's year is often the preprint's: it does not outvote another source's year.
  const dated = tier.some((claim) => claim.source !== 'semanticScholar' && claim.year !== undefined);
  const compared = dated ? tier.map((claim) => (claim.source === 'semanticScholar' ? { ...claim, year: undefined } : claim)) : tier;
  const agreed = tier.length > 0 && compared.every((claim) => compared.every((other) => sameVenue(claim, other)));
  if (agreed) {
    const strong = tier.find((claim) => claim.year !== undefined) ?? (tier[0] as VenueClaim);
    return { strong, possible: distinctByVenue(weak.filter((claim) => !sameVenue(claim, strong))) };
  }
  return { possible: distinctByVenue([...tier, ...weak]) };
}

function distinctByVenue(claims: VenueClaim[]): VenueClaim[] {
  const kept: VenueClaim[] = [];
  for (const claim of claims) if (!kept.some((other) => claimKey(other) === claimKey(claim))) kept.push(claim);
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Writing and naming what was found
// ---------------------------------------------------------------------------------------------

const styles = new WeakMap<ListModel, ListStyle>();

/** The list's style (its venue cells and paper links), read once per model. */
export function styleOf(model: ListModel): ListStyle {
  let style = styles.get(model);
  if (!style) {
    const venues: string[] = [];
    const links: string[] = [];
    for (const entry of model.papers) {
      const text = entry.venueCell?.text;
      if (text && !model.venuePlaceholders.has(text.toLowerCase())) venues.push(text);
      for (const link of entry.links) links.push(link.url);
    }
    style = listStyleOf(venues, links);
    styles.set(model, style);
  }
  return style;
}

/** The venue in the list's style, or undefined when it cannot be written safely (a name lint-list does not know and the list does not write). */
export function writeClaim(style: ListStyle, claim: VenueClaim): string | undefined {
  if (claim.year === undefined) return undefined;
  if (claim.known) return writeVenue(style, { name: claim.name, variant: claim.variant, year: claim.year, fromOwnData: claim.fromOwnData === true });
  return claim.variant === 'main' ? writeListVenue(style, claim.name, claim.year) : undefined;
}

/** The preprint in the list's style (`arXiv [cs.LG]`). */
export const writePreprintOf = (style: ListStyle, preprint: PreprintEvidence) =>
  writePreprint(style, { year: preprint.year, ...(preprint.category && { category: preprint.category }) });

/** The arXiv link in the list's form. */
export const writeArxivLinkOf = (style: ListStyle, id: string) => writeArxivLink(style, id);

/** How messages name a source. */
export function sourceName(source: EvidenceSource): string {
  switch (source) {
    case 'link':
      return 'its link';
    case 'openreview':
      return 'OpenReview';
    case 'arxiv':
      return "arXiv's journal reference";
    case 'crossref':
      return 'Crossref';
    case 'doi':
      return 'doi.org';
    case 'dblp':
      return 'DBLP';
    case 'semanticScholar':
      return 'Semantic Scholar';
  }
}

/** A claim as messages name it: `NeurIPS 2021`, `CVPR 2023 Workshop`, `'Nature Machine Intelligence' 2021`. */
export function displayClaim(claim: VenueClaim): string {
  if (claim.known) return displayVenue(claim);
  return `'${sanitizeVenueText(claim.name).slice(0, 60)}'${claim.year === undefined ? '' : ` ${claim.year}`}`;
}

/** "appeared at NeurIPS 2021 (DBLP)". */
export const appearedAt = (claim: VenueClaim) =>
  `appeared ${claim.kind === 'journal' && !claim.known ? 'in' : 'at'} ${displayClaim(claim)} (${claim.source === 'link' && claim.host ? `its link: ${claim.host}` : sourceName(claim.source)})`;

/** "possibly NeurIPS 2021 (DBLP, a similar title)", for at most two weak claims. */
export function possibly(claims: readonly VenueClaim[]): string {
  const shown = claims.slice(0, 2);
  const why = (claim: VenueClaim) => `${sourceName(claim.source)}${claim.why ? `, ${claim.why}` : ''}`;
  // Two venues for one reason ("several papers with this title…") say the reason once.
  if (shown.length === 2 && why(shown[0] as VenueClaim) === why(shown[1] as VenueClaim)) {
    return `possibly ${shown.map(displayClaim).join(' or ')} (${why(shown[0] as VenueClaim)})`;
  }
  return `possibly ${shown.map((claim) => `${displayClaim(claim)} (${why(claim)})`).join(' or ')}`;
}

/** The suggestion a finding carries: the text to write, who says so, and where to see it. */
export function suggestionOf(text: string, claim: { source: EvidenceSource; url?: string }): Suggestion {
  return { text, source: claim.source, ...(claim.url !== undefined && { url: claim.url }) };
}

/**
 * The edit that writes `text` into a cell: an empty cell (`|  |`, `||`) gets ` text ` between its
 * pipes; a cell holding only plain text (a placeholder such as `N/A`, or `arXiv`) has it replaced.
 * Undefined for a cell with markup (links, emphasis, HTML), whose other content an edit would lose.
 */
export function cellEdit(source: string, cell: Cell, text: string): Edit | undefined {
  if (cell.raw === '') {
    let from = cell.start.offset;
    while (from > 0 && (source[from - 1] === ' ' || source[from - 1] === '\t')) from -= 1;
    if (source[from - 1] !== '|') return undefined;
    const closed = source[cell.start.offset] === '|';
    return { offset: from, length: cell.start.offset - from, text: closed ? ` ${text} ` : ` ${text}` };
  }
  // The source is what is seen (no emphasis, escapes, entities, links or HTML): replacing it loses nothing else.
  if (cell.raw !== cell.text || cell.inline.length > 0) return undefined;
  return { offset: cell.start.offset, length: cell.end.offset - cell.start.offset, text };
}
