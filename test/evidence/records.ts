import type { Facts, PaperFact, PaperRecord, PublicationKind, TitleSearchFact } from '../../src/facts.js';
import { normalizeTitle } from '../../src/identity/title.js';

// Records as the metadata clients build them (src/metadata/), written by hand: no network.

export const arxivRecord = (id: string, title: string, extra: Partial<PaperRecord> = {}): PaperRecord => ({
  source: 'arxiv', id, title, kind: 'preprint', ids: { arxiv: id }, url: `https://arxiv.org/abs/${id}`, year: 2000 + Number(id.slice(0, 2)), ...extra,
});

const dblpTypes: Record<PublicationKind, string> = {
  conference: 'Conference and Workshop Papers', workshop: 'Conference and Workshop Papers', journal: 'Journal Articles', preprint: 'Informal and Other Publications', other: 'Editorship',
};

/** A DBLP search hit: `key` such as `conf/iclr/AinsworthHS23`, its venue and year as DBLP writes them. */
export const dblpHit = (key: string, title: string, venue: string, year: number, kind: PublicationKind, ids: PaperRecord['ids'] = {}, url?: string): PaperRecord => ({
  source: 'dblp', id: key, title, venue, venueId: key.split('/').slice(0, 2).join('/'), year, type: dblpTypes[kind], kind,
  ids: { dblp: key, ...ids }, ...(url !== undefined && { url }),
});

/** DBLP's CoRR copy of an arXiv paper: a preprint. */
export const corrHit = (id: string, title: string) =>
  dblpHit(`journals/corr/abs-${id.replace('.', '-')}`, title, 'CoRR', 2000 + Number(id.slice(0, 2)), 'preprint', { arxiv: id }, `https://arxiv.org/abs/${id}`);

export const openReviewRecord = (id: string, title: string, venueId: string, venue: string, accepted: boolean, kind: PublicationKind, year: number): PaperRecord => ({
  source: 'openreview', id, title, venue, venueId, year, kind, accepted, ids: { openreview: id }, url: `https://openreview.net/forum?id=${id}`,
});

export const found = (record: PaperRecord): PaperFact => ({ status: 'found', record });
export const answered = (...hits: PaperRecord[]): TitleSearchFact => ({ status: 'answered', source: 'dblp', hits });
export const unverifiedSearch: TitleSearchFact = { status: 'unverified', source: 'dblp', hits: [], reason: 'DBLP answered HTTP 503' };

/**
 * Facts of a `--metadata` run: papers by key (`arxiv:2209.04836`), title searches by the row's
 * normalized title (written as the row's title here, normalized as the model normalizes it), related records.
 */
export function factsOf(parts: { papers?: Record<string, PaperFact>; searches?: Record<string, TitleSearchFact>; related?: Record<string, PaperRecord[]> } = {}): Facts {
  return {
    papers: new Map(Object.entries(parts.papers ?? {})),
    titleSearches: new Map(Object.entries(parts.searches ?? {}).map(([title, fact]) => [normalizeTitle(title), fact])),
    relatedRecords: new Map(Object.entries(parts.related ?? {})),
  };
}
