import type { NonexistentPaper, PaperCounts, PaperProblems, TitleMismatch } from '../engine/index.js';
import type { LinkResult, LinkOccurrence } from '../links/types.js';
import type { FileResult, Finding, Suggestion } from '../rules/types.js';
import { countSeverities } from './counts.js';
import { plural } from './plural.js';
import { linkSummary, paperSummary } from './stylish.js';

/** GitHub's step summary holds 1 MiB; the margin leaves room for what else the step writes. */
export const defaultSummaryLimitBytes = 1024 * 1024 - 16 * 1024;
/** GitHub's issue bodies hold 65,536 characters; the margin leaves room for a caller's footer. */
export const defaultSweepLimitChars = 65_536 - 1000;

export interface SummaryInput {
  /** The findings to list, already filtered to what is reported. */
  files: FileResult[];
  /** When links were checked. */
  links?: LinkResult[];
  /** When papers were looked up: their counts (unverified ones among them). */
  papers?: PaperCounts;
  /** Default "lint-list". */
  heading?: string;
  /** One line under the heading, e.g. "Only lines changed by this pull request are reported." */
  note?: string;
}

/**
 * The job summary (markdown): the heading, the note, a totals line, the link statistics when links
 * were checked, the paper counts when papers were looked up, then the findings as tables, "Errors" then "Warnings", each in the order of `files`
 * and of their messages. Over `limitBytes` (UTF-8), rows are dropped from the end, warnings before
 * errors, and a last line says how many were left out and that the job log has them all. Only rows
 * are ever dropped: should the rest alone exceed the limit, it is returned whole.
 */
export function formatSummary(input: SummaryInput, limitBytes: number = defaultSummaryLimitBytes): string {
  const findings = input.files.flatMap((file) => file.messages.map((finding) => ({ path: file.path, finding })));
  const errors = findings.filter(({ finding }) => finding.severity === 'error');
  const warnings = findings.filter(({ finding }) => finding.severity !== 'error');
  const rows = [...errors, ...warnings].map(({ path, finding }) => findingRow(path, finding));
  const { errors: errorCount, warnings: warningCount } = countSeverities(input.files);

  const top = [`## ${input.heading ?? 'lint-list'}`];
  if (input.note !== undefined && input.note !== '') top.push(input.note);
  const checked = plural(input.files.length, 'file');
  top.push(errorCount + warningCount === 0 ? `${checked} checked: no problems.` : `${checked} checked: ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}.`);
  if (input.links) top.push(`${linkSummary(input.links)}.`);
  if (input.papers) top.push(`${paperSummary(input.papers)}.`);

  const render = (shown: number) => {
    const blocks = [...top];
    const shownErrors = Math.min(shown, errors.length);
    const shownWarnings = shown - shownErrors;
    if (shownErrors > 0) blocks.push(`### Errors (${errors.length})`, table(findingHeader, rows.slice(0, shownErrors)));
    if (shownWarnings > 0) blocks.push(`### Warnings (${warnings.length})`, table(findingHeader, rows.slice(errors.length, errors.length + shownWarnings)));
    if (shown < rows.length) {
      const cutErrors = errors.length - shownErrors;
      const cutWarnings = warnings.length - shownWarnings;
      const cut = cutErrors + cutWarnings;
      blocks.push(
        `…and ${plural(cut, 'more finding', 'more findings')} (${plural(cutErrors, 'error')}, ${plural(cutWarnings, 'warning')}) not shown (limit of job summaries); the full list is in the job log.`,
      );
    }
    return `${blocks.join('\n\n')}\n`;
  };
  return fitted(render, rows.length, (text) => Buffer.byteLength(text, 'utf8') <= limitBytes);
}

/** What a sweep found, beyond the link verdicts: given when papers were looked up. */
export interface SweepPapers {
  papers: PaperCounts;
  paperProblems: PaperProblems;
}

/**
 * A row the metadata sources had something to say about: an outdated venue (`venue-outdated`), a
 * venue or link found for a row without one (`missing-venue`, `missing-link` with a suggestion), or
 * (with `fix`) a venue or link written into the list.
 */
export interface SweepSuggestion {
  path: string;
  line: number;
  ruleId: string;
  /** The row's title as it reads ('' when the row has none). */
  title: string;
  /** The venue cell as the list has it, when the row has one (an outdated venue: "arXiv"). */
  venue?: string;
  /** What was found, and where; absent when the finding names nothing (then its message is shown). */
  suggestion?: Suggestion;
  message: string;
  /** Strong evidence: `--fix` writes it (the finding carries a repair). */
  strong: boolean;
}

/**
 * What the sweep's metadata sources found beyond problems: outdated venues and venues and links found
 * for rows without one. With `repairs` (the Action's `fix: true`), the files repaired and the venues
 * and links written into them; the other rows are then those of the repaired files.
 */
export interface SweepFindings {
  outdated?: SweepSuggestion[];
  found?: SweepSuggestion[];
  repairs?: { files: string[]; written: SweepSuggestion[] };
}

/**
 * The body of the sweep's tracking issue (markdown): the heading (the caller may put a date in it;
 * this function reads no clock), a line with the counts and the run's link, then tables of dead
 * links, of paper ids that do not exist, of title mismatches, of venues and links `fix` wrote, of
 * outdated venues, of venues and links found, of links that could not be verified and of permanent
 * redirects, each sorted by where it is first written. `links` is undefined when links were not
 * checked, `options.papers` when papers were not looked up: their tables and counts are left out
 * (and the default heading says what was checked). Over `limitChars` (string length), rows are
 * dropped from the end (redirects, then unverified links, venues and links found, outdated venues,
 * venues and links written, title mismatches, nonexistent ids and dead links) and the body ends with
 * "…and N more links not shown (limit of GitHub issue bodies)", naming each kind of row dropped.
 */
export function formatSweepReport(
  links: LinkResult[] | undefined,
  options: { limitChars?: number; heading?: string; runUrl?: string } & Partial<SweepPapers> & SweepFindings = {},
): string {
  const limit = options.limitChars ?? defaultSweepLimitChars;
  const dead = sortLinks((links ?? []).filter((link) => link.verdict === 'dead'));
  const unverified = sortLinks((links ?? []).filter((link) => link.verdict === 'unverified'));
  const redirects = sortLinks((links ?? []).filter(isPermanentRedirect));
  const papers = options.papers && options.paperProblems ? { counts: options.papers, ...options.paperProblems } : undefined;
  const nonexistent = sortNonexistent(papers?.nonexistent ?? []);
  const mismatches = [...(papers?.titleMismatches ?? [])].sort(byPathAndLine);
  const outdated = [...(options.outdated ?? [])].sort(byPathAndLine);
  const found = [...(options.found ?? [])].sort(byPathAndLine);
  const repairs = options.repairs;
  const written = [...(repairs?.written ?? [])].sort(byPathAndLine);
  const sections: Array<{ heading: string; intro?: string; header: string[]; rows: string[][]; kind: RowKind }> = [
    { heading: `### Dead links (${dead.length})`, header: ['URL', 'Reason', 'Where'], rows: dead.map((link) => linkRow(link, reasonOf(link))), kind: 'link' },
    {
      heading: `### Paper ids that do not exist (${nonexistent.length})`,
      intro: 'The service that holds such ids (arXiv, doi.org, OpenReview) has none of these: check the id, or link the paper where it is.',
      header: ['Paper', 'Reason', 'Where'],
      rows: nonexistent.map(nonexistentRow),
      kind: 'nonexistent paper id',
    },
    {
      heading: `### Title mismatches (${mismatches.length})`,
      intro: "The row's link names a paper with another title. An error: another paper; a warning: a similar title (renamed, or another version?).",
      header: ['Where', 'Title in the list', 'The link names', 'Severity'],
      rows: mismatches.map(mismatchRow),
      kind: 'title mismatch',
    },
    {
      heading: `### Venues and links written (${written.length})`,
      intro: '`fix` wrote these into the list: each backed by strong evidence (a record of the row\'s own paper, or the link itself).',
      header: ['Where', 'Title', 'Written', 'Source', 'URL'],
      rows: written.map((row) => [where(row), quietCell(row.title), suggestedCell(row), sourceCell(row), urlCell(row)]),
      kind: 'venue or link written',
    },
    {
      heading: `### Outdated venues (${outdated.length})`,
      intro: 'The list names a preprint, but the paper has appeared since. Strong evidence: `--fix` (the Action\'s `fix: true`) writes it.',
      header: ['Where', 'Title', 'Venue in the list', 'Appeared at', 'Evidence', 'Source', 'URL'],
      rows: outdated.map((row) => [where(row), quietCell(row.title), quietCell(row.venue ?? ''), suggestedCell(row), evidenceOf(row), sourceCell(row), urlCell(row)]),
      kind: 'outdated venue',
    },
    {
      heading: `### Venues and links found (${found.length})`,
      intro: 'Rows without a venue or a link, and what the sources found for them. Strong evidence: `--fix` writes it; weak: check by hand.',
      header: ['Where', 'Title', 'Missing', 'Found', 'Evidence', 'Source', 'URL'],
      rows: found.map((row) => [where(row), quietCell(row.title), row.ruleId === 'missing-link' ? 'link' : 'venue', suggestedCell(row), evidenceOf(row), sourceCell(row), urlCell(row)]),
      kind: 'venue or link found',
    },
    {
      heading: `### Unverified links (${unverified.length})`,
      intro: 'Could not verify — bot walls, timeouts; check by hand.',
      header: ['URL', 'Reason', 'Where'],
      rows: unverified.map((link) => linkRow(link, reasonOf(link))),
      kind: 'link',
    },
    {
      heading: `### Permanent redirects (${redirects.length})`,
      header: ['URL', 'Redirects to', 'Where'],
      rows: redirects.map((link) => linkRow(link, cell(link.rewriteTo ?? ''))),
      kind: 'link',
    },
  ];
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);

  const counts: string[] = [];
  if (links) counts.push(`${linkSummary(links)}; ${plural(redirects.length, 'permanent redirect')}.`);
  if (papers) counts.push(`${paperSummary(papers.counts)}; ${plural(mismatches.length, 'title mismatch', 'title mismatches')}.`);
  if (options.outdated || options.found) {
    const foundLinks = found.filter((row) => row.ruleId === 'missing-link').length;
    counts.push(`${plural(outdated.length, 'outdated venue')}; ${plural(found.length - foundLinks, 'venue')} and ${plural(foundLinks, 'link')} found for rows without one.`);
  }
  if (options.runUrl) counts.push(`Found by [this workflow run](${destination(options.runUrl)}).`);
  const knowsPapers = papers !== undefined || options.outdated !== undefined || options.found !== undefined;
  const top = [`## ${options.heading ?? (links && knowsPapers ? 'lint-list link and paper check' : knowsPapers ? 'lint-list paper check' : 'lint-list link check')}`];
  if (counts.length > 0) top.push(counts.join(' '));
  if (repairs) top.push(repairsLine(repairs.files, written));
  if (links && dead.length + unverified.length + redirects.length === 0) top.push('No dead, unverified or permanently redirected links.');
  if (papers && nonexistent.length + mismatches.length === 0) top.push('No title mismatches or nonexistent paper ids.');

  const render = (shown: number) => {
    const blocks = [...top];
    let left = shown;
    const cut = new Map<RowKind, number>();
    for (const section of sections) {
      const rows = section.rows.slice(0, left);
      left -= rows.length;
      if (rows.length < section.rows.length) cut.set(section.kind, (cut.get(section.kind) ?? 0) + section.rows.length - rows.length);
      if (rows.length === 0) continue;
      blocks.push(section.heading);
      if (section.intro) blocks.push(section.intro);
      blocks.push(table(section.header, rows));
    }
    if (shown < total) {
      const parts = [...cut].map(([kind, count]) => plural(count, `more ${kind}`, `more ${rowKindPlural[kind]}`));
      const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
      blocks.push(`…and ${listed} not shown (limit of GitHub issue bodies)`);
    }
    return `${blocks.join('\n\n')}\n`;
  };
  return fitted(render, total, (text) => text.length <= limit);
}

/** What a row of the sweep report stands for, as the line about dropped rows names it. */
type RowKind = 'link' | 'nonexistent paper id' | 'title mismatch' | 'venue or link written' | 'outdated venue' | 'venue or link found';
const rowKindPlural: Record<RowKind, string> = {
  link: 'links',
  'nonexistent paper id': 'nonexistent paper ids',
  'title mismatch': 'title mismatches',
  'venue or link written': 'venues or links written',
  'outdated venue': 'outdated venues',
  'venue or link found': 'venues or links found',
};

/** At most this many repaired files are named in the body; the others are counted. */
const namedRepairedFiles = 20;

function repairsLine(files: string[], written: SweepSuggestion[]): string {
  if (files.length === 0) return '`fix`: nothing to repair.';
  const named = files.slice(0, namedRepairedFiles).map((file) => quietCell(file));
  if (files.length > named.length) named.push(plural(files.length - named.length, 'more file'));
  const links = written.filter((row) => row.ruleId === 'missing-link').length;
  if (written.length === 0) return `\`fix\` repaired ${listOf(named)} (formatting repairs and permanent redirects).`;
  return `\`fix\` repaired ${listOf(named)}: ${plural(written.length - links, 'venue')} and ${plural(links, 'link')} written (listed below); any other change is a formatting repair or a permanent redirect.`;
}

const listOf = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));

const where = (row: { path: string; line: number }) => cell(`${row.path}:${row.line}`);

/** What a source found: a venue as text (quiet, it is free text), a link as a link. */
const suggestedCell = (row: SweepSuggestion) => (row.suggestion ? textOrUrlCell(row.suggestion.text) : quietCell(row.message));

const evidenceOf = (row: SweepSuggestion) => (row.strong ? 'strong' : 'weak');

/** The names people know the sources by; an unknown one is shown as it is (quietly). */
const sourceNames: Record<string, string> = {
  dblp: 'DBLP',
  arxiv: 'arXiv',
  crossref: 'Crossref',
  openreview: 'OpenReview',
  semanticScholar: 'Semantic Scholar',
  doi: 'doi.org',
  link: 'the link itself',
};
const sourceCell = (row: SweepSuggestion) => {
  const source = row.suggestion?.source;
  return source === undefined ? '' : Object.hasOwn(sourceNames, source) ? (sourceNames[source] as string) : quietCell(source);
};
const urlCell = (row: SweepSuggestion) => (row.suggestion?.url ? textOrUrlCell(row.suggestion.url) : '');

/**
 * A plain http(s) URL stays a link (GitHub links it whole: no mention or reference is read inside
 * it); anything else is free text, escaped and kept from notifying anyone.
 */
const textOrUrlCell = (text: string) => (plainUrl.test(text) ? cell(text) : quietCell(text));

const findingHeader = ['File:line', 'Rule', 'Message'];

function findingRow(path: string, finding: Finding): string[] {
  const rule = /^[\w-]+$/.test(finding.ruleId) ? `\`${finding.ruleId}\`` : cell(finding.ruleId);
  return [cell(`${path}:${finding.line}`), rule, cell(finding.message)];
}

function linkRow(link: LinkResult, second: string): string[] {
  return [cell(link.url), second, cell(sortOccurrences(link.occurrences).map((o) => `${o.path}:${o.line}`).join(', '))];
}

function nonexistentRow(paper: NonexistentPaper): string[] {
  return [cell(paper.label), cell(paper.reason), cell([...paper.places].sort(byPathAndLine).map((place) => `${place.path}:${place.line}`).join(', '))];
}

function mismatchRow(mismatch: TitleMismatch): string[] {
  return [cell(`${mismatch.path}:${mismatch.line}`), quietCell(mismatch.rowTitle), quietCell(`${mismatch.linked.label}: ${mismatch.linked.title}`), mismatch.severity];
}

/**
 * A title (a list's or a source's free text) for a cell of an issue body, where GitHub would turn
 * `@name` into a notification and `#12` into a cross-reference (a title that quotes BibTeX's
 * `@inproceedings` would ping someone every sweep): a zero-width space after `@` and `#` keeps both
 * as they read.
 */
function quietCell(text: string): string {
  return cell(text.replace(/([@#])(?=[A-Za-z0-9])/g, '$1\u200b'));
}

function reasonOf(link: LinkResult): string {
  const status = link.status ? `HTTP ${link.status}` : undefined;
  let why = link.reason ?? status ?? 'no answer';
  if (link.reason && link.status && !link.reason.includes(String(link.status))) why += ` (${status})`;
  return cell(why);
}

const isPermanentRedirect = (link: LinkResult) =>
  link.verdict === 'alive' && link.rewriteTo !== undefined && link.rewriteTo !== link.url;

/** Rows already made of escaped cells. */
function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * The largest number of rows (0 to `total`) whose rendering `fits`, found by bisection: a rendering
 * grows with every row (a row adds far more than the few digits the cut line loses).
 */
function fitted(render: (shown: number) => string, total: number, fits: (text: string) => boolean): string {
  const whole = render(total);
  if (fits(whole)) return whole;
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(render(middle))) low = middle;
    else high = middle - 1;
  }
  return render(low);
}

/** Where GitHub starts an autolink of its own (GFM "extended autolinks"), and how far it runs. */
const autolinkPattern = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<]*/gi;
/** A URL GitHub links whole, with nothing in it that markdown could read otherwise. */
const plainUrl = /^https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?(?:[/?#][A-Za-z0-9\-._~:/?#@!&'()*+,;=%]*)?$/i;

const escapeMarkdown = (plain: string) => plain.replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`);

/**
 * Text for a table cell: it can neither break the table (`|` escaped, line breaks as `<br>`) nor turn
 * into markdown or HTML (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `~`, `&`, `$` escaped). A plain
 * http(s) URL standing on its own stays as written, so GitHub links it; any other text GitHub would
 * autolink is escaped and kept from becoming a link, since escapes inside an autolink would show.
 */
export function cell(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(autolinkPattern)) {
    const [url] = match;
    const before = text.charAt(match.index - 1);
    const after = text.charAt(match.index + url.length);
    out += escapeMarkdown(text.slice(last, match.index));
    const standsAlone = (before === '' || /[\s('"]/.test(before)) && after !== '<' && !/&[A-Za-z0-9#]+;/.test(url);
    out += standsAlone && plainUrl.test(url)
      ? url
      : escapeMarkdown(url).replace(/(https?|ftp):\/\//gi, '$1\\://').replace(/www\./gi, 'www\\.');
    last = match.index + url.length;
  }
  out += escapeMarkdown(text.slice(last));
  return out.replace(/\r\n|\r|\n/g, '<br>');
}

/** A link destination that survives spaces and parentheses. */
function destination(target: string): string {
  return /^[^\s()<>]+$/.test(target) ? target : `<${target.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

const byPlace = (a: LinkOccurrence, b: LinkOccurrence) =>
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column;

const sortOccurrences = (occurrences: LinkOccurrence[]) => [...occurrences].sort(byPlace);

const byPathAndLine = (a: { path: string; line: number }, b: { path: string; line: number }) =>
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;

/** Nonexistent ids by where each is first linked (their places are in document order already). */
function sortNonexistent(papers: NonexistentPaper[]): NonexistentPaper[] {
  const first = (paper: NonexistentPaper) => [...paper.places].sort(byPathAndLine)[0] ?? { path: '', line: 0 };
  return [...papers].sort((a, b) => byPathAndLine(first(a), first(b)) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function sortLinks(links: LinkResult[]): LinkResult[] {
  const first = new Map(links.map((link) => [link, sortOccurrences(link.occurrences)[0]]));
  return [...links].sort((a, b) => {
    const placeA = first.get(a);
    const placeB = first.get(b);
    if (placeA && placeB) {
      const order = byPlace(placeA, placeB);
      if (order !== 0) return order;
    } else if (placeA || placeB) {
      return placeA ? -1 : 1;
    }
    return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
  });
}

