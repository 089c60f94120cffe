import { canonicalVenue, compactVenue } from './venue.js';

/**
 * Venues as a list writes them, and as lint-list writes them into a list (`--metadata --fix`): pure
 * functions of strings, no I/O.
 *
 * - `knownVenue` reads a venue name (a list's, or a metadata source's: `NIPS`, `Advances in Neural
 *   Information Processing Systems`, `IEEE Trans. Pattern Anal. Mach. Intell.`, `ECCV (12)`) into the
 *   one short name lint-list knows it by (`NeurIPS`, `TPAMI`, `ECCV`), or nothing.
 * - `readVenue` reads a venue cell (`NIPS'21`, `ICCV2021`, `EMNLP 2025 Findings`, `arXiv [cs.LG]`).
 * - `listStyleOf` reads the list's own habits from its venue cells and links: its spelling of each
 *   venue, its year format, how it writes preprints, and whether it links arXiv's abs or pdf pages.
 * - `writeVenue`, `writePreprint`, `writeArxivLink` write in that style.
 *
 * What is written is never text a server sent: a venue is a name from the tables below or a spelling
 * the list itself uses (only letters, digits, spaces and `. & ' _ -`), a 4-digit year, and the words
 * "Workshop" or "Findings of"; a preprint is the list's own spelling of arXiv, a year and an arXiv
 * category the caller checked; a link is built from an arXiv id the caller checked. `sanitizeVenueText`
 * is applied to all of it all the same.
 */

export type Variant = 'main' | 'workshop' | 'findings';
export type YearFormat = 'space' | 'joined' | 'apostrophe' | 'spaceApostrophe' | 'paren' | 'none';

/** A venue name lint-list knows: its short name, and whether the name itself said workshop or findings. */
export interface KnownVenue {
  name: string;
  variant: Variant;
}

/**
 * Short names lint-list may write, beyond the canonical spellings of src/identity/venue.ts (which
 * venue-format enforces): venues that lists and metadata sources name and that have one short name.
 */
const extraNames = [
  'COLM', 'MIDL', 'LoG', 'ALT', 'ICWSM', 'CoLLAs', 'CHIL', 'ML4H', 'L4DC', 'ACML', 'NeurReps', 'UniReps', 'LREC',
  'LREC-COLING', 'ICBINB', 'AAMAS', 'ECAI', 'ICDM', 'ICLR', 'IJCNN', 'ICPR', 'ICIP', 'MICCAI', 'NAACL', 'TNNLS', 'TKDE',
  'TIP', 'TMM', 'TCSVT', 'TGRS', 'JAIR', 'AIJ',
];

/** Long and abbreviated names, compared as `compactVenue` compares them, and the short name they stand for. */
const aliasList: Array<[string, string[]]> = [
  ['NeurIPS', ['NIPS', 'Neural Information Processing Systems', 'Advances in Neural Information Processing Systems',
    'Conference on Neural Information Processing Systems', 'Annual Conference on Neural Information Processing Systems']],
  ['ICLR', ['International Conference on Learning Representations']],
  ['ICML', ['International Conference on Machine Learning']],
  ['CVPR', ['Computer Vision and Pattern Recognition', 'Conference on Computer Vision and Pattern Recognition',
    'IEEE Conference on Computer Vision and Pattern Recognition', 'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
    'IEEE Computer Society Conference on Computer Vision and Pattern Recognition']],
  ['ICCV', ['International Conference on Computer Vision', 'IEEE International Conference on Computer Vision',
    'IEEE/CVF International Conference on Computer Vision']],
  ['ECCV', ['European Conference on Computer Vision']],
  ['WACV', ['Winter Conference on Applications of Computer Vision', 'IEEE/CVF Winter Conference on Applications of Computer Vision',
    'IEEE Winter Conference on Applications of Computer Vision']],
  ['TMLR', ['Trans. Mach. Learn. Res.', 'Transactions on Machine Learning Research']],
  ['JMLR', ['J. Mach. Learn. Res.', 'Journal of Machine Learning Research']],
  ['TPAMI', ['PAMI', 'T-PAMI', 'IEEE TPAMI', 'IEEE T-PAMI', 'IEEE Trans. Pattern Anal. Mach. Intell.',
    'IEEE Transactions on Pattern Analysis and Machine Intelligence']],
  ['IJCV', ['Int. J. Comput. Vis.', 'International Journal of Computer Vision']],
  ['TACL', ['Trans. Assoc. Comput. Linguistics', 'Transactions of the Association for Computational Linguistics']],
  ['TOG', ['ACM Trans. Graph.', 'ACM Transactions on Graphics']],
  ['TIP', ['IEEE Trans. Image Process.', 'IEEE Transactions on Image Processing']],
  ['AAAI', ['AAAI Conference on Artificial Intelligence']],
  ['IJCAI', ['International Joint Conference on Artificial Intelligence']],
  ['ACL', ['Annual Meeting of the Association for Computational Linguistics']],
  ['EMNLP', ['Empirical Methods in Natural Language Processing', 'Conference on Empirical Methods in Natural Language Processing']],
  ['NAACL', ['NAACL-HLT', 'North American Chapter of the Association for Computational Linguistics']],
  ['KDD', ['SIGKDD', 'ACM SIGKDD', 'Knowledge Discovery and Data Mining']],
  ['WWW', ['The Web Conference', 'TheWebConf']],
  ['AISTATS', ['Artificial Intelligence and Statistics', 'International Conference on Artificial Intelligence and Statistics']],
  ['UAI', ['Uncertainty in Artificial Intelligence', 'Conference on Uncertainty in Artificial Intelligence']],
  ['COLT', ['Conference on Learning Theory', 'Annual Conference on Learning Theory']],
  ['CoRL', ['Conference on Robot Learning']],
  ['RSS', ['Robotics: Science and Systems']],
  ['ACM MM', ['ACM Multimedia', 'ACM International Conference on Multimedia']],
  ['Interspeech', ['INTERSPEECH']],
  ['BMVC', ['British Machine Vision Conference']],
  ['LoG', ['Learning on Graphs', 'Learning on Graphs Conference']],
  ['COLM', ['Conference on Language Modeling']],
  ['TNNLS', ['IEEE Trans. Neural Networks Learn. Syst.', 'IEEE Transactions on Neural Networks and Learning Systems']],
  ['TKDE', ['IEEE Trans. Knowl. Data Eng.', 'IEEE Transactions on Knowledge and Data Engineering']],
  ['TGRS', ['IEEE Trans. Geosci. Remote. Sens.', 'IEEE Transactions on Geoscience and Remote Sensing']],
];

const knownNames: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const name of extraNames) names.set(compactVenue(name), name);
  for (const [name, aliases] of aliasList) {
    names.set(compactVenue(name), name);
    for (const alias of aliases) names.set(compactVenue(alias), name);
  }
  return names;
})();

/** Preprint servers are where a paper is, not where it appeared. */
const preprintServers: ReadonlySet<string> = new Set(['arxiv', 'corr', 'biorxiv', 'medrxiv', 'chemrxiv', 'ssrn', 'researchsquare', 'preprint']);

/** The name lint-list writes for a venue name, when it knows it: the canonical spelling first. */
function shortNameOf(text: string): string | undefined {
  const compact = compactVenue(text);
  if (compact === '' || compact.length > 120 || preprintServers.has(compact)) return undefined;
  return canonicalVenue(text) ?? knownNames.get(compact);
}

/** Whether lint-list knows `name` as a venue's short name (one it writes). */
export const isKnownShortName = (name: string): boolean => shortNameOf(name) === name || knownShortNames.has(name);
const knownShortNames: ReadonlySet<string> = new Set(knownNames.values());

const workshopWord = /\bworkshops?\b/i;
const findingsWord = /\bfindings\b/i;

/**
 * Reads a venue name as lists and metadata sources write it, without a year: `NeurIPS`, `NIPS`,
 * `Advances in Neural Information Processing Systems`, `ECCV (12)`, `ACL (Findings)`, `Findings of
 * EMNLP`, `CVPR Workshops`, `CVPRW`, `ICLR (Poster)`, `NeurIPS Datasets and Benchmarks`,
 * `Proceedings of the 40th International Conference on Machine Learning`. Undefined when no known venue is named plainly.
 */
export function knownVenue(text: string): KnownVenue | undefined {
  let rest = text.slice(0, 300).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (rest === '') return undefined;
  let variant: Variant = 'main';
  // Parenthesised volumes, tracks and acronyms: `ECCV (12)`, `ACL (1)`, `ICLR (Poster)`, `… (CVPR)`.
  const parenthesised: string[] = [];
  rest = rest.replace(/\s*\(([^()]{0,60})\)/g, (_, inside: string) => {
    parenthesised.push(inside.trim());
    return ' ';
  });
  for (const inside of parenthesised) {
    if (workshopWord.test(inside)) variant = 'workshop';
    else if (findingsWord.test(inside)) variant = 'findings';
  }
  if (/^findings\s+of\s+(?:the\s+)?/i.test(rest)) {
    variant = 'findings';
    rest = rest.replace(/^findings\s+of\s+(?:the\s+)?/i, '');
  } else if (findingsWord.test(rest)) {
    variant = 'findings';
    rest = rest.replace(/\s*\bfindings\b\s*/gi, ' ');
  }
  if (workshopWord.test(rest)) {
    variant = 'workshop';
    rest = rest.replace(/\s*\bworkshops?\b\s*/gi, ' ');
  }
  rest = rest
    .replace(/^(?:in\s+)?(?:proceedings|proc\.?)\s+(?:of\s+)?(?:the\s+)?/i, '')
    // OpenReview's venue texts: `ICLR 2023 poster`, `NeurIPS 2023 spotlight`.
    .replace(/\s+(?:poster|oral|spotlight|accepted|notable(?:[ -]top[ -]\d{1,2}%)?)$/i, '')
    // A track of the conference: `NeurIPS Datasets and Benchmarks` (DBLP), `… Track`.
    .replace(/\s+datasets (?:and|&) benchmarks(?: track)?$/i, '')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b\d{1,3}(?:st|nd|rd|th)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–]+|[\s,;:\-–]+$/g, '');
  const named = shortNameOf(rest);
  if (named) return { name: named, variant };
  // `CVPRW`, `CVPR_W`, `ICCV-W`, `ICCV W`: a conference's workshops.
  const workshopSuffix = /^(.{2,40}?)[\s_-]?W$/.exec(rest);
  const base = workshopSuffix?.[1] ? shortNameOf(workshopSuffix[1]) : undefined;
  if (base) return { name: base, variant: 'workshop' };
  // `2023 IEEE/CVF Conference on … (CVPR)`: the acronym in parentheses names it.
  for (const inside of parenthesised) {
    const acronym = shortNameOf(inside);
    if (acronym && /^[A-Za-z][\w -]{1,20}$/.test(inside)) return { name: acronym, variant };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Venue cells
// ---------------------------------------------------------------------------------------------

export interface VenueReading {
  /** The cell names a preprint server, or says the paper is under review: `arXiv`, `CoRR`, `preprint`, `Under review`. */
  preprint: boolean;
  /** The known venue it names (first, when it names several), and whether it says workshop or findings. */
  venue?: KnownVenue;
  /** Known venues named in the cell, when it names more than one (`ICML 2021, NeurIPS 2021`). */
  venues: KnownVenue[];
  year?: number;
  yearFormat: YearFormat;
  /**
   * The cell's shape, when it holds nothing but a venue (or arXiv) and a year: the text before the
   * year and after it (`NIPS` and ``; `EMNLP` and ` Findings`), as the list spells them.
   */
  form?: { kind: 'venue' | 'preprint' | 'other'; prefix: string; suffix: string };
  /** An arXiv category in brackets: `cs.LG` in `arXiv [cs.LG]`. */
  category?: string;
}

const maxCellChars = 200;
/** What a list's own spelling of a venue may hold to be written elsewhere in the list. */
const plainSpelling = /^[\p{L}\p{N}][\p{L}\p{N} .&'’_-]{0,59}$/u;
const preprintWords = /\b(?:arxiv|corr|biorxiv|medrxiv|preprints?)\b/i;
const reviewWords = /\b(?:under (?:review|submission)|in (?:review|submission)|submitted)\b/i;

/** Reads a venue cell's visible text. */
export function readVenue(cellText: string): VenueReading {
  let text = cellText.slice(0, maxCellChars).normalize('NFKC').replace(/\s+/g, ' ').trim();
  const reading: VenueReading = { preprint: false, venues: [], yearFormat: 'none' };
  const category = /\[\s*([A-Za-z-]{2,20}(?:\s*\.\s*[A-Za-z-]{1,20})?)\s*\]/.exec(text);
  if (category?.[1]) {
    reading.category = category[1].replace(/\s+/g, '');
    text = `${text.slice(0, category.index)} ${text.slice(category.index + category[0].length)}`.replace(/\s+/g, ' ').trim();
  }
  // The year: 4 digits (`NeurIPS 2021`, `ICCV2021`, `ICLR (2023)`), or 2 after an apostrophe (`NIPS'21`).
  let prefix = text;
  let suffix = '';
  /** Whether the text around the year is a shape lint-list could write (not `2021 NeurIPS`, `NeurIPS, 2021`). */
  let shaped = true;
  const four = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  const two = four ? undefined : /(\s?)['’‘](\d{2})(?!\d)/.exec(text);
  if (four?.[1]) {
    const at = four.index;
    reading.year = Number(four[1]);
    const before = text[at - 1];
    const after = text[at + 4];
    if (before === '(' && after === ')') {
      reading.yearFormat = 'paren';
      prefix = text.slice(0, at - 1);
      suffix = text.slice(at + 5);
    } else {
      reading.yearFormat = before === ' ' ? 'space' : before !== undefined && /[\p{L}_]/u.test(before) ? 'joined' : 'none';
      shaped = reading.yearFormat !== 'none';
      prefix = text.slice(0, at);
      suffix = text.slice(at + 4);
    }
  } else if (two?.[2]) {
    const yy = Number(two[2]);
    reading.year = yy < 70 ? 2000 + yy : 1900 + yy;
    reading.yearFormat = two[1] ? 'spaceApostrophe' : 'apostrophe';
    prefix = text.slice(0, two.index);
    suffix = text.slice(two.index + two[0].length);
    shaped = prefix !== '' && /[\p{L}\p{N}]$/u.test(prefix);
  }
  prefix = prefix.trim();
  suffix = suffix.trim();
  const rest = `${prefix} ${suffix}`.trim();
  // Which venues it names: the whole (without the year), else word by word.
  const whole = rest === '' ? undefined : knownVenue(rest);
  if (whole) reading.venues.push(whole);
  else {
    const words = rest
      .split(/[\s,;/+|]+|(?=\()|(?<=\))/)
      .map((word) => word.replace(/^[([]+|[)\].:]+$/g, ''))
      .filter((word) => word !== '');
    for (let i = 0; i < words.length && i < 40 && reading.venues.length < 4; i += 1) {
      const single = knownVenue(words[i] as string);
      const pair = !single && i + 1 < words.length ? knownVenue(`${words[i]} ${words[i + 1]}`) : undefined;
      const found = single ?? pair;
      if (!found) continue;
      if (pair) i += 1;
      if (!reading.venues.some((venue) => venue.name === found.name && venue.variant === found.variant)) reading.venues.push(found);
    }
    const variant: Variant | undefined = workshopWord.test(rest) ? 'workshop' : findingsWord.test(rest) ? 'findings' : undefined;
    if (variant) reading.venues = reading.venues.map((venue) => ({ ...venue, variant }));
  }
  reading.venue = reading.venues[0];
  reading.preprint = reviewWords.test(text) || (preprintWords.test(rest) && reading.venues.length === 0);
  // A clean shape: nothing but the venue's name (with its workshop or findings words), or arXiv.
  if (shaped && plainSpelling.test(prefix) && (suffix === '' || /^(?:workshops?|findings)$/i.test(suffix))) {
    const cleanVenue = whole !== undefined && (suffix === '' || whole.variant !== 'main');
    const cleanPreprint = reading.venues.length === 0 && /^arxiv(?: preprint)?$/i.test(prefix) && suffix === '';
    const cleanOther = reading.venues.length === 0 && !reading.preprint && suffix === '';
    const kind = cleanVenue ? 'venue' : cleanPreprint ? 'preprint' : cleanOther ? 'other' : undefined;
    if (kind) reading.form = { kind, prefix, suffix: suffix === '' ? '' : ` ${suffix}` };
  }
  return reading;
}

// ---------------------------------------------------------------------------------------------
// The list's style
// ---------------------------------------------------------------------------------------------

interface Form {
  prefix: string;
  suffix: string;
  yearFormat: YearFormat;
  count: number;
  first: number;
}

interface PreprintForm extends Form {
  category: boolean;
}

export interface ListStyle {
  /** The list's forms of each venue and variant (`NeurIPS|main`), most used first. */
  forms: ReadonlyMap<string, readonly Form[]>;
  /** The list's forms of venues lint-list does not know, keyed by the name compared as `compactVenue` compares it. */
  otherForms: ReadonlyMap<string, readonly Form[]>;
  /** How the list writes years after venue names, by most of its venue cells; `space` when it has none. */
  yearFormat: YearFormat;
  /** How the list writes arXiv preprints, most used first. */
  preprintForms: readonly PreprintForm[];
  /** Whether the list links arXiv's abstract pages or its PDFs (`…/pdf/ID` or `…/pdf/ID.pdf`). */
  arxivLinks: 'abs' | 'pdf' | 'pdf.pdf';
}

const arxivLink = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(abs|pdf)\/[^?#\s]+?(\.pdf)?(?:[?#]|$)/i;

/** Reads the list's style from its venue cells' visible texts and the URLs of its paper links. */
export function listStyleOf(venueTexts: Iterable<string>, linkUrls: Iterable<string>): ListStyle {
  const forms = new Map<string, Map<string, Form>>();
  const others = new Map<string, Map<string, Form>>();
  const preprints = new Map<string, PreprintForm>();
  const yearFormats = new Map<YearFormat, number>();
  let index = 0;
  for (const text of venueTexts) {
    index += 1;
    const reading = readVenue(text);
    if (!reading.form) continue;
    const { kind, prefix, suffix } = reading.form;
    const formKey = `${prefix}\u0000${suffix}\u0000${reading.yearFormat}`;
    if (kind === 'preprint') {
      const key = `${formKey}\u0000${reading.category !== undefined}`;
      const known = preprints.get(key);
      if (known) known.count += 1;
      else preprints.set(key, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index, category: reading.category !== undefined });
      continue;
    }
    if (kind === 'other') {
      // Venues lint-list does not know (`Nature Machine Intelligence 2021`): the list's spelling, by name.
      const key = compactVenue(prefix);
      const group = others.get(key) ?? new Map<string, Form>();
      const known = group.get(formKey);
      if (known) known.count += 1;
      else group.set(formKey, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index });
      others.set(key, group);
      continue;
    }
    const venue = reading.venue as KnownVenue;
    const key = `${venue.name}|${venue.variant}`;
    const group = forms.get(key) ?? new Map<string, Form>();
    const known = group.get(formKey);
    if (known) known.count += 1;
    else group.set(formKey, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index });
    forms.set(key, group);
    yearFormats.set(reading.yearFormat, (yearFormats.get(reading.yearFormat) ?? 0) + 1);
  }
  const byUse = <T extends Form>(items: Iterable<T>) => [...items].sort((a, b) => b.count - a.count || a.first - b.first);
  let yearFormat: YearFormat = 'space';
  let most = 0;
  for (const [format, count] of yearFormats) {
    if (count > most) {
      yearFormat = format;
      most = count;
    }
  }
  const links = { abs: 0, pdf: 0, pdfSuffix: 0 };
  for (const url of linkUrls) {
    const match = arxivLink.exec(url.trim());
    if (!match) continue;
    if (match[1]?.toLowerCase() === 'abs') links.abs += 1;
    else {
      links.pdf += 1;
      if (match[2]) links.pdfSuffix += 1;
    }
  }
  const arxivLinks = links.pdf > links.abs ? (links.pdfSuffix * 2 > links.pdf ? 'pdf.pdf' : 'pdf') : 'abs';
  return {
    forms: new Map([...forms].map(([key, group]) => [key, byUse(group.values())])),
    otherForms: new Map([...others].map(([key, group]) => [key, byUse(group.values())])),
    yearFormat,
    preprintForms: byUse(preprints.values()),
    arxivLinks,
  };
}

/** The style of a list that has no venue cells or links yet. */
export const defaultListStyle: ListStyle = { forms: new Map(), otherForms: new Map(), yearFormat: 'space', preprintForms: [], arxivLinks: 'abs' };

function yearText(format: YearFormat, year: number): string {
  const short = String(year % 100).padStart(2, '0');
  switch (format) {
    case 'space':
      return ` ${year}`;
    case 'joined':
      return String(year);
    case 'apostrophe':
      return `'${short}`;
    case 'spaceApostrophe':
      return ` '${short}`;
    case 'paren':
      return ` (${year})`;
    case 'none':
      return '';
  }
}

/** A venue as lint-list names it in a message: `NeurIPS 2021`, `CVPR 2023 Workshop`, `Findings of ACL 2025`. */
export function displayVenue(venue: { name: string; variant: Variant; year?: number }): string {
  const year = venue.year === undefined ? '' : ` ${venue.year}`;
  if (venue.variant === 'findings') return sanitizeVenueText(`Findings of ${venue.name}${year}`);
  return sanitizeVenueText(`${venue.name}${year}${venue.variant === 'workshop' ? ' Workshop' : ''}`);
}

/**
 * A published venue in the list's style: its own form of that venue (`NIPS'21`), else its spelling
 * of the name with its year format, else the short name. `name` must be a short name lint-list knows
 * (`knownVenue`), or a name from its own data tables (`fromOwnData`: src/metadata/data, read by
 * venueFromUrl); undefined when nothing safe can be written.
 */
export function writeVenue(style: ListStyle, venue: { name: string; variant: Variant; year: number; fromOwnData?: boolean }): string | undefined {
  if (!plainSpelling.test(venue.name) || !Number.isInteger(venue.year) || venue.year < 1900 || venue.year > 2199) return undefined;
  const own = style.forms.get(`${venue.name}|${venue.variant}`)?.[0];
  if (!own && !venue.fromOwnData && !isKnownShortName(venue.name)) return undefined;
  let text: string;
  if (own) text = `${own.prefix}${yearText(own.yearFormat, venue.year)}${own.suffix}`;
  else {
    const spelling = style.forms.get(`${venue.name}|main`)?.[0]?.prefix ?? venue.name;
    const year = yearText(style.yearFormat, venue.year);
    text = venue.variant === 'workshop' ? `${spelling}${year} Workshop` : venue.variant === 'findings' ? `Findings of ${spelling}${year}` : `${spelling}${year}`;
  }
  const clean = sanitizeVenueText(text);
  return clean === '' ? undefined : clean;
}

/**
 * A venue lint-list does not know, named by a metadata source (`Nature Machine Intelligence`), in the
 * list's own spelling of it: written only when the list already writes that venue (compared without
 * case, spacing or punctuation), never as the source spells it. Undefined otherwise.
 */
export function writeListVenue(style: ListStyle, sourceName: string, year: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  const key = compactVenue(sourceName.slice(0, 300));
  const own = key === '' ? undefined : style.otherForms.get(key)?.[0];
  if (!own) return undefined;
  const clean = sanitizeVenueText(`${own.prefix}${yearText(own.yearFormat, year)}${own.suffix}`);
  return clean === '' ? undefined : clean;
}

/**
 * An arXiv preprint in the list's style (`arXiv`, `arXiv 2023`, `arXiv [cs.LG]`): the form the list
 * uses most that can be filled (a form with a category needs `category`, already checked against
 * arXiv's taxonomy by the caller); `arXiv` when the list writes no preprint yet.
 */
export function writePreprint(style: ListStyle, preprint: { year?: number; category?: string }): string | undefined {
  const category = preprint.category !== undefined && /^[A-Za-z-]{2,20}(?:\.[A-Za-z-]{1,20})?$/.test(preprint.category) ? preprint.category : undefined;
  const forms = style.preprintForms.length > 0 ? style.preprintForms : [{ prefix: 'arXiv', suffix: '', yearFormat: 'none' as YearFormat, category: false, count: 0, first: 0 }];
  for (const form of forms) {
    if (form.category && category === undefined) continue;
    if (form.yearFormat !== 'none' && preprint.year === undefined) continue;
    const year = preprint.year === undefined ? '' : yearText(form.yearFormat, preprint.year);
    const text = sanitizeVenueText(`${form.prefix}${year}${form.suffix}`);
    // The category is checked above (and by the caller against arXiv's taxonomy): its brackets are the list's.
    if (text !== '') return form.category ? `${text} [${category}]` : text;
  }
  return undefined;
}

/** The link to an arXiv paper in the list's form; `id` must be a base id already checked against arXiv's id grammar. */
export function writeArxivLink(style: ListStyle, id: string): string | undefined {
  if (!/^(?:\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/.test(id)) return undefined;
  return style.arxivLinks === 'abs' ? `https://arxiv.org/abs/${id}` : style.arxivLinks === 'pdf' ? `https://arxiv.org/pdf/${id}` : `https://arxiv.org/pdf/${id}.pdf`;
}

/**
 * Text that may stand in a table cell and a message: no `|`, `[`, `]`, `<`, `>`, backticks, braces,
 * backslashes, asterisks, control characters or line breaks; spaces collapsed; at most 80 characters.
 */
export function sanitizeVenueText(text: string): string {
  return text
    .replace(/[|[\]<>`{}\\*\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
}
