/**
 * Where a paper appeared, read from the paper's own URL, offline: proceedings sites put the venue and
 * the year in their paths (`proceedings.neurips.cc/paper/2021/…`, `proceedings.mlr.press/v202/…`,
 * `openaccess.thecvf.com/content/CVPR2023/…`, `aclanthology.org/2023.acl-long.12`). A link into the
 * proceedings is the strongest evidence there is that the row's paper appeared there.
 *
 * Pure and network-free: one URL in, one answer or `undefined` out. `undefined` means "the URL does not
 * say", never "the paper is unpublished": preprint servers (arXiv) and review sites (OpenReview, whose
 * forum ids carry no venue) give `undefined`, and so does every path this module cannot read exactly
 * (an unknown PMLR volume, an old `papers.nips.cc/paper/5423-…` number, an `ojs.aaai.org` article id).
 *
 * Input is untrusted: the URL is length-capped before it is parsed with the WHATWG URL class, only the
 * first path segments are looked at, each segment is length-capped before any pattern sees it, and
 * every pattern is anchored and free of nested repetition, so no input makes it slow, and none throws.
 */
import { aclConferences, aclJournals, aclOldStyleLetters, aclWorkshops } from './data/acl-anthology-venues.js';
import { jmlrVolumes, type JmlrVolume } from './data/jmlr-volumes.js';
import { pmlrVolumes, type PmlrVolume } from './data/pmlr-volumes.js';

export type OfflineVenueKind = 'conference' | 'journal' | 'workshop';

export interface OfflineVenue {
  /** Canonical short name: `NeurIPS`, `ICML`, `CVPR`, `CVPR Workshops`, `ACL`, `Findings of EMNLP`, `UniReps`. */
  venue: string;
  /** Year of the meeting (for journals: of the volume or paper). */
  year: number;
  kind: OfflineVenueKind;
  /** The URL's host, lower case, without a leading `www.`: `proceedings.mlr.press`. */
  host: string;
  /** One short sentence saying how it was read: `PMLR volume 202 is ICML 2023.` */
  evidence: string;
  /** The name the venue had in that year, when it differs: `NIPS` for NeurIPS up to 2017. */
  historicalName?: string;
  /** A track of the conference, when the URL names one: `Datasets and Benchmarks` (NeurIPS). */
  track?: string;
}

export interface VenueFromUrlOptions {
  /** Today, for the latest plausible year (next year); default `Date.now()`. */
  now?: number | Date;
}

/** Longer strings are not URLs anyone links to a paper with; they are refused before parsing. */
export const maxUrlLength = 2048;
/** Paths split into more pieces than this (empty ones included) are refused. */
const maxPathPieces = 64;
/** No reader needs more path segments than this; later ones are never looked at. */
const maxSegments = 8;
/** Longer segments are refused before any pattern sees them. */
const maxSegmentLength = 256;

export function venueFromUrl(url: string, options: VenueFromUrlOptions = {}): OfflineVenue | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxUrlLength) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  let hostname = parsed.hostname.toLowerCase();
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  const host = hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  const reader = readers.get(host);
  if (!reader) return undefined;
  // Paper URLs have a handful of path segments; a path of many pieces (`//////…`) is refused whole.
  const pieces = parsed.pathname.split('/', maxPathPieces + 1);
  if (pieces.length > maxPathPieces) return undefined;
  const segments: string[] = [];
  for (const segment of pieces) {
    if (segment.length === 0) continue;
    if (segment.length > maxSegmentLength) return undefined;
    segments.push(segment);
    if (segments.length === maxSegments) break;
  }
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const latestYear = Number.isFinite(now) ? new Date(now).getUTCFullYear() + 1 : new Date().getUTCFullYear() + 1;
  try {
    return reader({ host, segments, latestYear });
  } catch {
    return undefined;
  }
}

interface Context {
  host: string;
  /** Non-empty path segments, as in the URL (percent-escapes left alone), at most `maxSegments`. */
  segments: readonly string[];
  latestYear: number;
}

type Reader = (context: Context) => OfflineVenue | undefined;

// ---------------------------------------------------------------------------------------------------
// NeurIPS: proceedings.neurips.cc, papers.nips.cc, papers.neurips.cc

const firstNeuripsYear = 1987;

/**
 * `/paper/2021/hash/<md5>-Abstract.html`, `/paper/2021/file/<md5>-Paper.pdf`,
 * `/paper_files/paper/2022/hash/<md5>-Abstract-Conference.html`, and the same with
 * `-Datasets_and_Benchmarks` (2022, 2023) or `-Datasets_and_Benchmarks_Track` (2024 on) for that track;
 * the 2021 track had its own host, `datasets-benchmarks-proceedings.neurips.cc`. The old site's
 * `/paper/5423-generative-adversarial-nets` numbers are not read: their ranges per year are not
 * published, so no exact year can be had from them.
 */
const readNeurips: Reader = ({ host, segments, latestYear }) => {
  let rest = segments;
  if (rest[0] === 'paper_files' && rest[1] === 'paper') rest = rest.slice(2);
  else if (rest[0] === 'paper') rest = rest.slice(1);
  else return undefined;
  const [yearSegment, kindSegment, file] = rest;
  if (yearSegment === undefined || !/^\d{4}$/.test(yearSegment)) return undefined;
  if (kindSegment !== 'hash' && kindSegment !== 'file') return undefined;
  if (file === undefined || rest.length !== 3) return undefined;
  const year = Number(yearSegment);
  if (year < firstNeuripsYear || year > latestYear) return undefined;
  const datasetsAndBenchmarks = host === 'datasets-benchmarks-proceedings.neurips.cc' || file.includes('-Datasets_and_Benchmarks');
  const track = datasetsAndBenchmarks ? 'Datasets and Benchmarks' : undefined;
  const name = year <= 2017 ? 'NeurIPS (then NIPS)' : 'NeurIPS';
  const venue: OfflineVenue = {
    venue: 'NeurIPS',
    year,
    kind: 'conference',
    host,
    evidence: track
      ? `The ${name} proceedings path names ${year} and the ${track} track.`
      : `The ${name} proceedings path names ${year}.`,
  };
  if (year <= 2017) venue.historicalName = 'NIPS';
  if (track) venue.track = track;
  return venue;
};

// ---------------------------------------------------------------------------------------------------
// PMLR: proceedings.mlr.press/v202/…, jmlr.org/proceedings/papers/v37/…, raw.githubusercontent.com/mlresearch/v291/…

const pmlrByVolume = new Map<number, PmlrVolume>(pmlrVolumes.map((entry) => [entry.volume, entry]));

function readPmlrVolume(host: string, segments: readonly string[]): OfflineVenue | undefined {
  const match = /^v([1-9]\d{0,3})$/.exec(segments[0] ?? '');
  if (!match) return undefined;
  // The volume's own page (`/v202/`, `/v202/index.html`) is not a paper.
  const paper = segments[1];
  if (paper === undefined || paper === 'index.html') return undefined;
  const entry = pmlrByVolume.get(Number(match[1]));
  if (!entry) return undefined;
  const evidence =
    entry.kind === 'workshop'
      ? `PMLR volume ${entry.volume} is the ${entry.venue} ${entry.year} workshop${entry.colocatedWith ? ` at ${entry.colocatedWith} ${entry.year}` : ''}.`
      : `PMLR volume ${entry.volume} is ${entry.venue} ${entry.year}.`;
  return { venue: entry.venue, year: entry.year, kind: entry.kind, host, evidence };
}

const readPmlr: Reader = ({ host, segments }) => readPmlrVolume(host, segments);

/** PMLR's recent volumes link their PDFs from `raw.githubusercontent.com/mlresearch/v<N>/main/assets/…`. */
const readGithubRaw: Reader = ({ host, segments }) =>
  segments[0] === 'mlresearch' ? readPmlrVolume(host, segments.slice(1)) : undefined;

// ---------------------------------------------------------------------------------------------------
// JMLR: jmlr.org/papers/v23/21-0001.html, jmlr.org/papers/volume23/21-0001/21-0001.pdf

const jmlrByVolume = new Map<number, JmlrVolume>(jmlrVolumes.map((entry) => [entry.volume, entry]));

const readJmlr: Reader = ({ host, segments }) => {
  // JMLR W&CP, the old home of PMLR volumes.
  if (segments[0] === 'proceedings' && segments[1] === 'papers') return readPmlrVolume(host, segments.slice(2));
  if (segments[0] !== 'papers') return undefined;
  const match = /^v(?:olume)?([1-9]\d{0,2})$/.exec(segments[1] ?? '');
  if (!match) return undefined;
  const key = stripSuffix(segments[2] ?? '', ['.html', '.pdf', '.bib']);
  if (!/^[A-Za-z0-9-]{1,64}$/.test(key)) return undefined;
  const entry = jmlrByVolume.get(Number(match[1]));
  if (!entry) return undefined;
  let year: number | undefined;
  let evidence: string;
  if (entry.from === entry.to) {
    year = entry.from;
    evidence = `JMLR volume ${entry.volume} appeared in ${year}.`;
  } else {
    // An author-year key (`lanckriet04a`) dates the paper, if the year lies inside the volume's span.
    const keyYear = /^[A-Za-z]{1,40}(\d{2})[a-z]?$/.exec(key);
    const candidate = keyYear ? 2000 + Number(keyYear[1]) : undefined;
    if (candidate === undefined || candidate < entry.from || candidate > entry.to) return undefined;
    year = candidate;
    evidence = `JMLR volume ${entry.volume} spans ${entry.span}; the paper key ${key} names ${year}.`;
  }
  return { venue: 'JMLR', year, kind: 'journal', host, evidence };
};

// ---------------------------------------------------------------------------------------------------
// CVF open access: openaccess.thecvf.com

const cvfConferences: Readonly<Record<string, { name: string; parity?: 'even' | 'odd' }>> = {
  cvpr: { name: 'CVPR' },
  iccv: { name: 'ICCV', parity: 'odd' },
  wacv: { name: 'WACV' },
  accv: { name: 'ACCV', parity: 'even' },
  eccv: { name: 'ECCV', parity: 'even' },
};
const firstCvfYear = 2013;

/**
 * `/content/CVPR2023/html/…`, `/content/CVPR2023W/<workshop>/html/…` (2021 on);
 * `/content_CVPR_2019/html/…`, `/content_cvpr_2018/…`, `/content_CVPRW_2020/html/w54/…`,
 * `/content_cvpr_2018_workshops/w3/…`, `/content_cvpr_workshops_2015/W01/…` (2013-2020).
 */
const readCvf: Reader = ({ host, segments, latestYear }) => {
  let conference: string | undefined;
  let yearText: string | undefined;
  let workshop = false;
  let rest: readonly string[];
  if (segments[0] === 'content') {
    const match = /^(cvpr|iccv|wacv|accv|eccv)(\d{4})(w?)$/i.exec(segments[1] ?? '');
    if (!match) return undefined;
    [, conference, yearText] = match;
    workshop = match[3] !== '';
    rest = segments.slice(2);
  } else {
    const first = segments[0] ?? '';
    const modern = /^content_(cvpr|iccv|wacv|accv|eccv)(w?)_(\d{4})(_workshops)?$/i.exec(first);
    const early = /^content_(cvpr|iccv)_workshops_(\d{4})$/i.exec(first);
    if (modern) {
      conference = modern[1];
      yearText = modern[3];
      workshop = modern[2] !== '' || modern[4] !== undefined;
    } else if (early) {
      conference = early[1];
      yearText = early[2];
      workshop = true;
    } else return undefined;
    rest = segments.slice(1);
  }
  // `html/<paper>`, `papers/<paper>.pdf`, `<workshop>/html/<paper>`: a paper, not a listing.
  if (conference === undefined || yearText === undefined || rest.length < 2) return undefined;
  const info = cvfConferences[conference.toLowerCase()];
  const year = Number(yearText);
  if (!info || year < firstCvfYear || year > latestYear) return undefined;
  if (info.parity === 'even' && year % 2 !== 0) return undefined;
  if (info.parity === 'odd' && year % 2 !== 1) return undefined;
  return workshop
    ? {
        venue: `${info.name} Workshops`,
        year,
        kind: 'workshop',
        host,
        evidence: `The CVF open-access path names the ${info.name} ${year} workshops.`,
      }
    : {
        venue: info.name,
        year,
        kind: 'conference',
        host,
        evidence: `The CVF open-access path names ${info.name} ${year}.`,
      };
};

// ---------------------------------------------------------------------------------------------------
// ECVA: www.ecva.net/papers/eccv_2022/papers_ECCV/html/19_ECCV_2022_paper.php

const firstEcvaYear = 2018;

const readEcva: Reader = ({ host, segments, latestYear }) => {
  if (segments[0] !== 'papers' || segments[2] !== 'papers_ECCV' || segments.length < 5) return undefined;
  const match = /^eccv_(\d{4})$/.exec(segments[1] ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  // ECCV meets in even years.
  if (year < firstEcvaYear || year > latestYear || year % 2 !== 0) return undefined;
  return { venue: 'ECCV', year, kind: 'conference', host, evidence: `The ECVA path names ECCV ${year}.` };
};

// ---------------------------------------------------------------------------------------------------
// ACL Anthology: aclanthology.org/<id>(/|.pdf|.bib), www.aclweb.org/anthology/<id>, …/anthology/P/P19/P19-1001.pdf

const firstAnthologyYear = 1950;

const readAclAnthology: Reader = ({ host, segments, latestYear }) => readAnthologyPath(host, segments, latestYear);

const readAclweb: Reader = ({ host, segments, latestYear }) =>
  segments[0] === 'anthology' ? readAnthologyPath(host, segments.slice(1), latestYear) : undefined;

function readAnthologyPath(host: string, segments: readonly string[], latestYear: number): OfflineVenue | undefined {
  let candidate: string | undefined;
  if (segments.length === 1) candidate = segments[0];
  // The old layout: /anthology/P/P19/P19-1001.pdf
  else if (segments.length === 3 && /^[A-Za-z]$/.test(segments[0] ?? '') && /^[A-Za-z]\d{2}$/.test(segments[1] ?? '')) candidate = segments[2];
  // The old paper pages: /papers/P19-1001/p19-1001
  else if (segments[0] === 'papers' && segments.length <= 3) candidate = segments[1];
  if (candidate === undefined) return undefined;
  let id = stripSuffix(candidate, ['.pdf', '.bib', '.xml']);
  // Revised versions: 2023.acl-long.12v2.pdf, P19-1001v2.pdf
  const revision = /v\d{1,2}$/.exec(id);
  if (revision) id = id.slice(0, revision.index);
  return readNewStyleId(host, id, latestYear) ?? readOldStyleId(host, id);
}

function readNewStyleId(host: string, id: string, latestYear: number): OfflineVenue | undefined {
  const match = /^(\d{4})\.([a-z0-9]{1,40})-([a-z0-9]{1,40})\.(\d{1,4})$/.exec(id.toLowerCase());
  if (!match) return undefined;
  const [, yearText = '', slug = '', volume = '', paperText = ''] = match;
  const year = Number(yearText);
  if (year < firstAnthologyYear || year > latestYear || Number(paperText) === 0) return undefined;
  const said = `ACL Anthology id ${id}`;
  if (slug === 'findings') {
    const conference = Object.hasOwn(aclConferences, volume) ? aclConferences[volume] : undefined;
    if (!conference?.findings) return undefined;
    const venue = `Findings of ${conference.acronym}`;
    return { venue, year, kind: 'conference', host, evidence: `${said} is in the ${venue} ${year} volume.` };
  }
  if (Object.hasOwn(aclJournals, slug)) {
    const venue = aclJournals[slug] ?? slug;
    return { venue, year, kind: 'journal', host, evidence: `${said} is in ${venue} ${year}.` };
  }
  if (Object.hasOwn(aclConferences, slug)) {
    const conference = aclConferences[slug];
    if (!conference) return undefined;
    if (volume === 'srw') {
      const venue = `${conference.acronym} SRW`;
      return { venue, year, kind: 'workshop', host, evidence: `${said} is in the ${conference.acronym} ${year} Student Research Workshop.` };
    }
    // LREC 2024 was held jointly with COLING; its volume is 2024.lrec-main.
    const venue = slug === 'lrec' && year === 2024 ? 'LREC-COLING' : conference.acronym;
    return { venue, year, kind: 'conference', host, evidence: `${said} is in the ${venue} ${year} proceedings.` };
  }
  if (Object.hasOwn(aclWorkshops, slug)) {
    const venue = aclWorkshops[slug] ?? slug;
    return { venue, year, kind: 'workshop', host, evidence: `${said} is in the ${venue} ${year} workshop proceedings.` };
  }
  return undefined;
}

function readOldStyleId(host: string, id: string): OfflineVenue | undefined {
  const match = /^([A-Za-z])(\d{2})-(\d)(\d{3})$/.exec(id);
  if (!match) return undefined;
  const [, letterText = '', yearText = '', volumeText = ''] = match;
  const letter = letterText.toUpperCase();
  const info = Object.hasOwn(aclOldStyleLetters, letter) ? aclOldStyleLetters[letter] : undefined;
  if (!info) return undefined;
  const twoDigits = Number(yearText);
  // Old-style ids run from 1965 to 2019.
  const year = twoDigits <= 19 ? 2000 + twoDigits : twoDigits >= 65 ? 1900 + twoDigits : undefined;
  if (year === undefined) return undefined;
  if (info.mainVolumeOnly && volumeText !== '1') return undefined;
  const canonical = `${letter}${yearText}-${volumeText}${id.slice(-3)}`;
  const said = `ACL Anthology id ${canonical}`;
  const evidence =
    info.kind === 'workshop'
      ? `${said} is in a ${year} workshop volume (letter W).`
      : info.kind === 'journal'
        ? `${said} is in ${info.acronym} ${year} (letter ${letter}).`
        : `${said} is in the main volume of ${info.acronym} ${year} (letter ${letter}).`;
  return { venue: info.acronym, year, kind: info.kind, host, evidence };
}

// ---------------------------------------------------------------------------------------------------
// IJCAI: ijcai.org/proceedings/2023/0123.pdf (2017 on), ijcai.org/Proceedings/16/Papers/123.pdf (2003-2016)

const firstIjcaiYearFourDigits = 2017;
/** Two-digit proceedings folders: IJCAI met in odd years until 2015, and every year from 2016. */
const ijcaiTwoDigitYears = new Set(['03', '05', '07', '09', '11', '13', '15', '16']);

const readIjcai: Reader = ({ host, segments, latestYear }) => {
  if ((segments[0] ?? '').toLowerCase() !== 'proceedings') return undefined;
  const folder = segments[1] ?? '';
  let year: number;
  let paper: string | undefined;
  if (/^\d{4}$/.test(folder)) {
    year = Number(folder);
    if (year < firstIjcaiYearFourDigits || year > latestYear || segments.length !== 3) return undefined;
    paper = segments[2];
  } else if (ijcaiTwoDigitYears.has(folder)) {
    if ((segments[2] ?? '').toLowerCase() !== 'papers' || segments.length !== 4) return undefined;
    year = 2000 + Number(folder);
    paper = segments[3];
  } else return undefined;
  if (paper === undefined || !/^\d{1,4}(?:\.pdf)?$/i.test(paper)) return undefined;
  return { venue: 'IJCAI', year, kind: 'conference', host, evidence: `The IJCAI proceedings path names ${year}.` };
};

// ---------------------------------------------------------------------------------------------------
// AAAI: aaai.org/Papers/AAAI/2020GB/AAAI-…, aaai.org/ocs/index.php/AAAI/AAAI17/paper/view/…

const firstAaaiYear = 1980;
const ocsConferences: Readonly<Record<string, { venue: string; edition: string; kind: OfflineVenueKind }>> = {
  aaai: { venue: 'AAAI', edition: 'aaai', kind: 'conference' },
  ijcai: { venue: 'IJCAI', edition: 'ijcai', kind: 'conference' },
  icwsm: { venue: 'ICWSM', edition: 'icwsm', kind: 'conference' },
  ws: { venue: 'AAAI Workshops', edition: 'aaaiw', kind: 'workshop' },
};
const ocsActions = new Set(['view', 'viewfile', 'viewpaper', 'download']);

/**
 * Article pages on `ojs.aaai.org` (`/index.php/AAAI/article/view/16826`) are not read: article ids were
 * handed out across years (AAAI-14 papers added later have higher ids than AAAI-20 ones), so an id
 * gives no exact year.
 */
const readAaai: Reader = ({ host, segments, latestYear }) => {
  const first = (segments[0] ?? '').toLowerCase();
  if (first === 'papers' || first === 'library') {
    const series = (segments[1] ?? '').toLowerCase();
    const match = /^(\d{4})(?:gb)?$/i.exec(segments[2] ?? '');
    if (!match || segments.length < 4) return undefined;
    const year = Number(match[1]);
    if (year < firstAaaiYear || year > latestYear) return undefined;
    if (series === 'aaai') {
      return { venue: 'AAAI', year, kind: 'conference', host, evidence: `The AAAI proceedings path names ${year}.` };
    }
    if (series === 'workshops' && first === 'papers') {
      return { venue: 'AAAI Workshops', year, kind: 'workshop', host, evidence: `The AAAI workshop papers path names ${year}.` };
    }
    return undefined;
  }
  if (first === 'ocs' && segments[1] === 'index.php') {
    // /ocs/index.php/<conference>/<edition>/paper/<action>/<id>
    const conference = ocsConferences[(segments[2] ?? '').toLowerCase()];
    const edition = /^([a-z]{3,6})-?(\d{2})$/i.exec(segments[3] ?? '');
    if (!conference || !edition || (edition[1] ?? '').toLowerCase() !== conference.edition) return undefined;
    if (segments[4] !== 'paper' || !ocsActions.has((segments[5] ?? '').toLowerCase()) || segments[6] === undefined) return undefined;
    const year = 2000 + Number(edition[2]);
    if (year > latestYear) return undefined;
    return {
      venue: conference.venue,
      year,
      kind: conference.kind,
      host,
      evidence: `The AAAI conference-system path names ${conference.venue} ${year} (${segments[3]}).`,
    };
  }
  return undefined;
};

// ---------------------------------------------------------------------------------------------------

function stripSuffix(text: string, suffixes: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const suffix of suffixes) if (lower.endsWith(suffix)) return text.slice(0, text.length - suffix.length);
  return text;
}

const readers = new Map<string, Reader>([
  ['proceedings.neurips.cc', readNeurips],
  ['papers.nips.cc', readNeurips],
  ['papers.neurips.cc', readNeurips],
  ['datasets-benchmarks-proceedings.neurips.cc', readNeurips],
  ['proceedings.mlr.press', readPmlr],
  ['raw.githubusercontent.com', readGithubRaw],
  ['jmlr.org', readJmlr],
  ['jmlr.csail.mit.edu', readJmlr],
  ['openaccess.thecvf.com', readCvf],
  ['ecva.net', readEcva],
  ['aclanthology.org', readAclAnthology],
  ['aclweb.org', readAclweb],
  ['ijcai.org', readIjcai],
  ['aaai.org', readAaai],
  ['ocs.aaai.org', readAaai],
]);

/** The hosts this module reads (lower case, without `www.`). */
export const offlineVenueHosts: readonly string[] = [...readers.keys()];
