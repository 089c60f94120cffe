import type { LinkResult, LinkOccurrence } from '../links/types.js';
import type { FileResult, Finding } from '../rules/types.js';
import { countSeverities } from './counts.js';
import { plural } from './plural.js';
import { linkSummary } from './stylish.js';

/** GitHub's step summary holds 1 MiB; the margin leaves room for what else the step writes. */
export const defaultSummaryLimitBytes = 1024 * 1024 - 16 * 1024;
/** GitHub's issue bodies hold 65,536 characters; the margin leaves room for a caller's footer. */
export const defaultSweepLimitChars = 65_536 - 1000;

export interface SummaryInput {
  /** The findings to list, already filtered to what is reported. */
  files: FileResult[];
  /** When links were checked. */
  links?: LinkResult[];
  /** Default "lint-list". */
  heading?: string;
  /** One line under the heading, e.g. "Only lines changed by this pull request are reported." */
  note?: string;
}

/**
 * The job summary (markdown): the heading, the note, a totals line, the link statistics when links
 * were checked, then the findings as tables, "Errors" then "Warnings", each in the order of `files`
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

/**
 * The body of the link sweep's tracking issue (markdown): the heading (the caller may put a date in
 * it; this function reads no clock), a line with the counts and the run's link, then tables of dead
 * links, of links that could not be verified and of permanent redirects, each sorted by where the
 * link is first written. Over `limitChars` (string length), rows are dropped from the end (redirects,
 * then unverified links, then dead links) and the body ends with
 * "…and N more links not shown (limit of GitHub issue bodies)".
 */
export function formatSweepReport(links: LinkResult[], options: { limitChars?: number; heading?: string; runUrl?: string } = {}): string {
  const limit = options.limitChars ?? defaultSweepLimitChars;
  const dead = sortLinks(links.filter((link) => link.verdict === 'dead'));
  const unverified = sortLinks(links.filter((link) => link.verdict === 'unverified'));
  const redirects = sortLinks(links.filter(isPermanentRedirect));
  const sections = [
    { heading: `### Dead links (${dead.length})`, intro: undefined, header: ['URL', 'Reason', 'Where'], rows: dead.map((link) => linkRow(link, reasonOf(link))) },
    {
      heading: `### Unverified links (${unverified.length})`,
      intro: 'Could not verify — bot walls, timeouts; check by hand.',
      header: ['URL', 'Reason', 'Where'],
      rows: unverified.map((link) => linkRow(link, reasonOf(link))),
    },
    {
      heading: `### Permanent redirects (${redirects.length})`,
      intro: undefined,
      header: ['URL', 'Redirects to', 'Where'],
      rows: redirects.map((link) => linkRow(link, cell(link.rewriteTo ?? ''))),
    },
  ];
  const total = dead.length + unverified.length + redirects.length;

  let counts = `${linkSummary(links)}; ${plural(redirects.length, 'permanent redirect')}.`;
  if (options.runUrl) counts += ` Found by [this workflow run](${destination(options.runUrl)}).`;
  const top = [`## ${options.heading ?? 'lint-list link check'}`, counts];
  if (total === 0) top.push('No dead, unverified or permanently redirected links.');

  const render = (shown: number) => {
    const blocks = [...top];
    let left = shown;
    for (const section of sections) {
      const rows = section.rows.slice(0, left);
      left -= rows.length;
      if (rows.length === 0) continue;
      blocks.push(section.heading);
      if (section.intro) blocks.push(section.intro);
      blocks.push(table(section.header, rows));
    }
    if (shown < total) blocks.push(`…and ${plural(total - shown, 'more link', 'more links')} not shown (limit of GitHub issue bodies)`);
    return `${blocks.join('\n\n')}\n`;
  };
  return fitted(render, total, (text) => text.length <= limit);
}

const findingHeader = ['File:line', 'Rule', 'Message'];

function findingRow(path: string, finding: Finding): string[] {
  const rule = /^[\w-]+$/.test(finding.ruleId) ? `\`${finding.ruleId}\`` : cell(finding.ruleId);
  return [cell(`${path}:${finding.line}`), rule, cell(finding.message)];
}

function linkRow(link: LinkResult, second: string): string[] {
  return [cell(link.url), second, cell(sortOccurrences(link.occurrences).map((o) => `${o.path}:${o.line}`).join(', '))];
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

