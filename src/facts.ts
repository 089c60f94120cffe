/**
 * Facts gathered from outside a list (over the network), as rules receive them. Gatherers (links/,
 * metadata/) produce them and know no rule; rules read them and know no gatherer.
 */

/** The families of facts a rule can need; the engine gathers one only when a run asks for it. */
export type FactKind = 'links' | 'metadata';

/** What a link check found out about one URL. */
export interface LinkVerdict {
  /** The URL as first written. */
  url: string;
  verdict: 'alive' | 'dead' | 'unverified' | 'skipped';
  /** The last HTTP status seen, when there was one. */
  status?: number;
  /** The last hop's URL, when the link was redirected. */
  finalUrl?: string;
  /** A short human phrase: "HTTP 404", "connection refused", "redirect loop", … */
  reason?: string;
  /** True when the link should be rewritten (`rewriteTo` is set). */
  permanentRedirect?: boolean;
  /**
   * Where the link should point instead: the target of the last permanent redirect before the first
   * temporary one, already checked to be a safe http(s) URL to write into markdown.
   */
  rewriteTo?: string;
}

export interface LinkFacts {
  /** Which links were checked: those of paper tables, or every link of the document. */
  scope: 'tables' | 'all';
  /** Verdicts keyed by `linkKey` of the URL (identity/paper-id.ts). */
  verdicts: ReadonlyMap<string, LinkVerdict>;
}

// ---------------------------------------------------------------------------------------------
// What the metadata sources say about the papers a list links (src/metadata/)
// ---------------------------------------------------------------------------------------------

/** Where a record came from. `doi` is doi.org content negotiation (CSL-JSON), used for DataCite DOIs. */
export type MetadataSource = 'arxiv' | 'crossref' | 'doi' | 'openreview' | 'dblp' | 'semanticScholar';

/**
 * What kind of publication a record is, read from each source's own type vocabulary. Later rules need
 * this for their evidence policy: a preprint (arXiv, CoRR, posted content) never counts as "published".
 */
export type PublicationKind = 'conference' | 'workshop' | 'journal' | 'preprint' | 'other';

/** Identifiers of the same paper elsewhere, normalised so that they compare with `src/identity/` keys. */
export interface PaperIds {
  /** Base arXiv id without version: `2110.14633`, `astro-ph/0601001` (old style, archive lower case). */
  arxiv?: string;
  /** Lower case, without `https://doi.org/`: `10.1371/journal.pone.0033693`. */
  doi?: string;
  /** An OpenReview note (forum) id: `rJl0r3R9KX`. */
  openreview?: string;
  /** A DBLP record key: `conf/iclr/AuthorXY23`, `journals/corr/abs-2209-04836`. */
  dblp?: string;
}

export interface PaperRecord {
  source: MetadataSource;
  /**
   * The paper's id in its source, as the source spells it: arXiv base id, DOI, OpenReview note id,
   * DBLP key, Semantic Scholar paperId.
   */
  id: string;
  /** Whitespace collapsed, markup of the source removed (Crossref's JATS tags, DBLP's final period); at most 1,000 characters. */
  title: string;
  /** Where the paper appeared, as the source names it: `PLoS ONE`, `ICLR`, `ICLR 2024 poster`. arXiv records have none. */
  venue?: string;
  /** The source's machine name of the venue: OpenReview venueid, DBLP stream (`conf/iclr`), Semantic Scholar venue id. */
  venueId?: string;
  /** Year of publication (arXiv: of the first version). */
  year?: number;
  /** The source's own type string: `journal-article`, `Conference and Workshop Papers`, `JournalArticle, Conference`. */
  type?: string;
  /** `type` read into one vocabulary for all sources. */
  kind?: PublicationKind;
  ids: PaperIds;
  /** Where a person reads the paper or its record: arXiv abstract page, doi.org URL, DBLP's first electronic edition. */
  url?: string;
  /** arXiv: the comment says the paper was withdrawn. OpenReview: the submission was withdrawn. */
  withdrawn?: boolean;
  /** arXiv `<arxiv:journal_ref>`, as the authors wrote it: `ActaAstron.56:1-50,2006`. */
  journalRef?: string;
  /** arXiv primary category: `cs.LG`, `astro-ph`. */
  primaryCategory?: string;
  /** arXiv `<arxiv:comment>` (pages, figures, "Accepted at …", "withdrawn …"); at most 1,000 characters. */
  comment?: string;
  /** arXiv: the version the entry describes, the latest unless a version was asked for. */
  version?: number;
  /**
   * arXiv: the titles of earlier versions that differ from `title`, oldest first, when they were
   * asked for (a row's title differed from `title`); `[]` when asked and none differs. A row titled
   * as an earlier version links a renamed paper, not another paper.
   */
  earlierTitles?: Array<{ version: number; title: string }>;
  /** OpenReview: true when the venueid names an accepted paper, false for rejected, withdrawn or still submitted. */
  accepted?: boolean;
}

/**
 * What the sources said of one paper. `found`: the source holds it (`record`). `nonexistent`: the
 * source answered and holds no such paper (an arXiv id absent from two complete answers, a DOI
 * doi.org does not know, an OpenReview note neither API has, an id that cannot exist). `unverified`:
 * no source could be asked or none answered usably (down, rate limited past its retries, a damaged
 * answer); never an error, and never cached.
 */
export interface PaperFact {
  status: 'found' | 'nonexistent' | 'unverified';
  /** The paper as its source describes it (found only). */
  record?: PaperRecord;
  /** nonexistent: what says so ("arXiv has no paper 2110.99999"); unverified: why ("arXiv answered HTTP 503"). */
  reason?: string;
}

/** Facts keyed by paper key (src/identity/paper-id.ts): `arxiv:2110.14633`, `doi:10.1007/…`, `openreview:AbCd`. */
export type PaperFacts = ReadonlyMap<string, PaperFact>;

/**
 * What a search by title (DBLP's publication search) answered for one row's title. `answered`: the
 * source answered, and `hits` are its records (perhaps none); `unverified`: it could not be asked or
 * did not answer usably (down, rate limited, the run's lookup budget spent), never cached.
 */
export interface TitleSearchFact {
  status: 'answered' | 'unverified';
  source: MetadataSource;
  /** The records found, as the source returned them, at most the first 30. */
  hits: PaperRecord[];
  /** unverified: why ("DBLP answered HTTP 503", "the run's 60 DBLP lookups are spent"). */
  reason?: string;
}

/** Title searches keyed by the searched row's normalized title (identity/title.ts normalizeTitle). */
export type TitleSearchFacts = ReadonlyMap<string, TitleSearchFact>;

export interface Facts {
  links?: LinkFacts;
  /** Gathered with --metadata: the papers the list's links name. */
  papers?: PaperFacts;
  /**
   * Gathered with --metadata: other records of a linked paper, keyed by its paper key (as `papers`):
   * Crossref's record of the DOI an arXiv entry names, Semantic Scholar's record (with an API key).
   */
  relatedRecords?: ReadonlyMap<string, PaperRecord[]>;
  /** Gathered with --metadata: title searches for rows that lack a venue or a link, or name only a preprint. */
  titleSearches?: TitleSearchFacts;
}

/** Whether a run gathered the facts of a kind (`metadata` facts are `papers`). */
export function hasFacts(facts: Facts, kind: FactKind): boolean {
  return kind === 'links' ? facts.links !== undefined : facts.papers !== undefined;
}
