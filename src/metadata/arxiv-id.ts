/**
 * arXiv identifiers checked locally, before any request: an id that cannot exist is reported at once
 * and never sent (one malformed id makes arXiv answer the whole batch with HTTP 400).
 *
 * New style (https://info.arxiv.org/help/arxiv_identifier.html): `YYMM.NNNN` from April 2007 (0704)
 * to December 2014, `YYMM.NNNNN` from January 2015 on. Old style: `archive/YYMMNNN` from August 1991
 * to March 2007, where the archive may carry a subject class (`math.GT/0309136`), which names the
 * same paper as `math/0309136`. Both may end in a version, `v1` or later.
 */

export interface ArxivId {
  /** The base id, without version or subject class: `2006.08509`, `astro-ph/0601001`. */
  id: string;
  /** The version asked for, when the id named one. */
  version?: number;
  style: 'new' | 'old';
}

export type ArxivIdReading = ({ valid: true } & ArxivId) | { valid: false; reason: string };

/** The archives that old-style ids used, including those merged into others since (`alg-geom`, `cmp-lg`…). */
const oldStyleArchives: ReadonlySet<string> = new Set([
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an', 'chao-dyn', 'chem-ph',
  'cmp-lg', 'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph',
  'hep-th', 'math', 'math-ph', 'mtrl-th', 'nlin', 'nucl-ex', 'nucl-th', 'patt-sol', 'physics', 'plasm-ph',
  'q-alg', 'q-bio', 'quant-ph', 'solv-int', 'supr-con',
]);

const newStyle = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
const oldStyle = /^([a-z]+(?:-[a-z]+)?)(?:\.([a-z][a-z-]{1,15}))?\/(\d{2})(\d{2})(\d{3})(?:v(\d+))?$/i;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads an arXiv id written alone (`2006.08509v2`, `arXiv:2006.08509`, `math.GT/0309136`), not a URL:
 * `src/identity/paper-id.ts` finds the id in a link. `now` bounds new-style ids: none is from a month
 * that has not begun (in UTC, which is never behind arXiv's own clock in New York).
 */
export function parseArxivId(text: string, now: Date | number = Date.now()): ArxivIdReading {
  const written = text.trim().replace(/^arxiv:/i, '');
  const shown = written.length > 40 ? `${written.slice(0, 40)}…` : written;
  const invalid = (why: string): ArxivIdReading => ({ valid: false, reason: `'${shown}' is not an arXiv id: ${why}` });
  if (written.length > 60) return invalid('it is far too long');

  const fresh = newStyle.exec(written);
  if (fresh) {
    const [, yy = '', mm = '', number = '', version] = fresh;
    const month = Number(mm);
    if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
    const yearMonth = Number(yy + mm);
    if (yearMonth < 704) return invalid('ids of the form YYMM.NNNNN begin in April 2007 (0704)');
    const today = new Date(now);
    if ((2000 + Number(yy)) * 100 + month > today.getUTCFullYear() * 100 + today.getUTCMonth() + 1) {
      return invalid(`${monthNames[month - 1]} 20${yy} has not begun yet`);
    }
    if (yearMonth <= 1412 && number.length !== 4) return invalid('ids from 2007 to 2014 have 4 digits after the dot');
    if (yearMonth >= 1501 && number.length !== 5) return invalid('ids from 2015 on have 5 digits after the dot');
    if (Number(number) === 0) return invalid(`the number ${number} is never given`);
    return withVersion({ id: `${yy}${mm}.${number}`, style: 'new' }, version, invalid);
  }

  const old = oldStyle.exec(written);
  if (old) {
    const [, archiveWritten = '', , yy = '', mm = '', number = '', version] = old;
    const archive = archiveWritten.toLowerCase();
    if (!oldStyleArchives.has(archive)) return invalid(`'${archiveWritten}' is not an arXiv archive`);
    const month = Number(mm);
    if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
    // Two-digit years: 91–99 are the 1990s, 00–07 the 2000s; old-style ids ended in March 2007.
    const sortable = (Number(yy) >= 91 ? 1900 : 2000) * 100 + Number(yy) * 100 + month;
    if (sortable < 199108 || sortable > 200703) return invalid('old-style ids run from 9108 (August 1991) to 0703 (March 2007)');
    if (Number(number) === 0) return invalid('the number 000 is never given');
    return withVersion({ id: `${archive}/${yy}${mm}${number}`, style: 'old' }, version, invalid);
  }

  if (/^\d{4}\.\d{4,5}v?\d*\S+$/.test(written)) return invalid('something follows the number (a typo such as a letter for a digit?)');
  return invalid('expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2');
}

function withVersion(base: ArxivId, version: string | undefined, invalid: (why: string) => ArxivIdReading): ArxivIdReading {
  if (version === undefined) return { valid: true, ...base };
  if (version.startsWith('0')) return invalid(version === '0' || /^0+$/.test(version) ? 'versions count from v1' : `v${version} is written v${Number(version)}`);
  if (version.length > 4) return invalid(`v${version} is not a version arXiv gives`);
  return { valid: true, ...base, version: Number(version) };
}

/**
 * The key an answer is matched by: the base id in lower case, without `arXiv:`, version or subject
 * class. Lenient on purpose: it pairs what was asked with what came back, while parseArxivId decides
 * what may be asked.
 */
export function arxivMatchKey(text: string): string {
  return text
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/v\d+$/i, '')
    .replace(/^([a-z-]+)\.[a-z][a-z-]*\//i, '$1/')
    .toLowerCase();
}

/**
 * An id that a source reported (an entry id, a DOI's suffix, a DBLP key), read without the "month
 * has not begun" check: a wrong local clock must not make a real paper unreadable.
 */
export function parseReportedArxivId(text: string): ArxivIdReading {
  return parseArxivId(text, 8.64e15);
}
