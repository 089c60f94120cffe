import type { Directive } from './model.js';

const directivePattern = /<!--\s*lint-list-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

/** Reads every lint-list directive in one HTML node's source (a comment may hold one or several). */
export function directivesIn(html: string, startLine: number): Directive[] {
  const found: Directive[] = [];
  for (const match of html.matchAll(directivePattern)) {
    const before = html.slice(0, match.index);
    const line = startLine + countNewlines(before);
    const endLine = line + countNewlines(match[0]);
    found.push({ kind: match[1] as Directive['kind'], ruleIds: ruleIdsOf(match[2] ?? ''), line, endLine });
  }
  return found;
}

const ruleIdsOf = (list: string) => list.split(/[\s,]+/).filter(Boolean);

/** Line endings in a text: LF, CRLF and a lone CR each count once. */
function countNewlines(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** A comment that switched nothing off: the whole comment (`ruleId` undefined) or one rule id it names. */
export interface UnusedDirective {
  directive: Directive;
  ruleId?: string;
}

/** Which rule ids the run can judge: a rule that did not run for lack of facts (dead-link without --links) cannot be. */
export interface DirectiveJudge {
  /** A rule id of lint-list's (other ids get their own warning). */
  known: (ruleId: string) => boolean;
  /** A rule id whose findings this run looked for. */
  judged: (ruleId: string) => boolean;
  /** Whether every enabled rule ran, so a comment naming no rule can be judged too. */
  all: boolean;
}

export interface Suppressor {
  /** Whether a finding of `ruleId` on `line` is switched off; the comment that does it is credited with it. */
  suppresses: (ruleId: string, line: number) => boolean;
  /**
   * The comments that switched nothing off among what was asked so far: a `disable…` comment (or
   * one rule id it names) credited with no finding, and an `enable` comment that re-enabled nothing.
   */
  unused: (judge: DirectiveJudge) => UnusedDirective[];
}

interface Change {
  line: number;
  /** Position of the directive in the list: the later one wins on the same line. */
  index: number;
  disable: boolean;
  directive: Directive;
}

/**
 * Decides whether a finding of `ruleId` on `line` is switched off by the directives, given in file
 * order (sorted by line, as the model holds them).
 * `disable`/`enable` act from the comment's line on, in file order; `disable-line` acts on its own
 * lines; `disable-next-line` on the line after the comment ends.
 *
 * Near-linear: single-line comments are indexed by the line they act on; `disable`/`enable` become
 * a timeline per rule id named plus one for comments naming no rule, and a finding looks up the last
 * change at or before its line in both (binary search) — the later of the two decides. A finding is
 * credited to the most specific comment that switches it off: a `disable-line` or
 * `disable-next-line` (the first in file order) before a `disable` range.
 */
export function createSuppressor(directives: readonly Directive[]): Suppressor {
  const credits = new Map<Directive, Set<string>>();
  const credit = (directive: Directive, ruleId: string) => {
    let ids = credits.get(directive);
    if (!ids) credits.set(directive, (ids = new Set()));
    ids.add(directive.ruleIds.length === 0 ? '' : ruleId);
  };
  const names = (d: Directive, ruleId: string) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);

  const singleByLine = new Map<number, Directive[]>();
  const onLine = (line: number, d: Directive) => {
    const list = singleByLine.get(line);
    if (list) list.push(d);
    else singleByLine.set(line, [d]);
  };
  const blanket: Change[] = [];
  const byRule = new Map<string, Change[]>();
  /** `enable` comments, or rule ids they name, that found nothing disabled (read in file order). */
  const idleEnables: UnusedDirective[] = [];
  // The state the `disable`/`enable` comments build up, for telling an idle `enable`.
  let allDisabled = false;
  const overrides = new Map<string, boolean>();
  let disabledOverrides = 0;

  directives.forEach((d, index) => {
    if (d.kind === 'disable-line') {
      for (let line = d.line; line <= d.endLine; line += 1) onLine(line, d);
      return;
    }
    if (d.kind === 'disable-next-line') {
      onLine(d.endLine + 1, d);
      return;
    }
    const disable = d.kind === 'disable';
    if (d.ruleIds.length === 0) {
      if (!disable && !allDisabled && disabledOverrides === 0) idleEnables.push({ directive: d });
      blanket.push({ line: d.line, index, disable, directive: d });
      allDisabled = disable;
      overrides.clear();
      disabledOverrides = 0;
      return;
    }
    for (const id of new Set(d.ruleIds)) {
      const before = overrides.get(id) ?? allDisabled;
      if (!disable && !before) idleEnables.push({ directive: d, ruleId: id });
      const previous = overrides.get(id);
      if (previous === true) disabledOverrides -= 1;
      overrides.set(id, disable);
      if (disable) disabledOverrides += 1;
      const changes = byRule.get(id);
      const change = { line: d.line, index, disable, directive: d };
      if (changes) changes.push(change);
      else byRule.set(id, [change]);
    }
  });

  const suppresses = (ruleId: string, line: number): boolean => {
    for (const d of singleByLine.get(line) ?? []) {
      if (names(d, ruleId)) {
        credit(d, ruleId);
        return true;
      }
    }
    const named = lastAtOrBefore(byRule.get(ruleId), line);
    const all = lastAtOrBefore(blanket, line);
    const decides = named && all ? (named.index > all.index ? named : all) : (named ?? all);
    if (!decides?.disable) return false;
    credit(decides.directive, ruleId);
    return true;
  };

  const unused = ({ known, judged, all }: DirectiveJudge): UnusedDirective[] => {
    const found: UnusedDirective[] = [];
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const credited = credits.get(d);
      if (d.ruleIds.length === 0) {
        if (!credited && all) found.push({ directive: d });
        continue;
      }
      for (const id of new Set(d.ruleIds)) if (judged(id) && !credited?.has(id)) found.push({ directive: d, ruleId: id });
    }
    const enables = idleEnables.filter((idle) => idle.ruleId === undefined || known(idle.ruleId));
    return [...found, ...enables];
  };

  return { suppresses, unused };
}

/** The last change at or before `line` (changes are in file order, so sorted by line). */
function lastAtOrBefore(changes: Change[] | undefined, line: number): Change | undefined {
  if (!changes) return undefined;
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((changes[middle] as Change).line <= line) low = middle + 1;
    else high = middle;
  }
  return changes[low - 1];
}

/** Where a comment is in the text, and where each rule id it names is (offsets). */
export interface DirectivePlace {
  start: number;
  end: number;
  ids: Array<{ id: string; start: number; end: number }>;
}

/**
 * Finds the comments of `directives` in the text they were read from: on each directive's first line,
 * the comments of the same kind naming the same rule ids, taken in order.
 */
export function placesOf(text: string, lineStarts: readonly number[], directives: readonly Directive[]): Map<Directive, DirectivePlace> {
  const places = new Map<Directive, DirectivePlace>();
  const claimed = new Set<number>();
  for (const directive of directives) {
    if (places.has(directive)) continue;
    const from = lineStarts[directive.line - 1];
    if (from === undefined) continue;
    const to = lineStarts[directive.line] ?? text.length;
    // Each comment opening on the line is tried where it stands (sticky): the work stays within the line and its comments.
    const pattern = new RegExp(directivePattern.source, 'y');
    for (let open = text.indexOf('<!--', from); open !== -1 && open < to; open = text.indexOf('<!--', open + 4)) {
      pattern.lastIndex = open;
      const match = pattern.exec(text);
      if (!match) continue;
      const list = match[2] ?? '';
      if (claimed.has(open) || match[1] !== directive.kind || ruleIdsOf(list).join(' ') !== directive.ruleIds.join(' ')) continue;
      claimed.add(open);
      const listStart = open + match[0].length - 3 - list.length;
      const ids: DirectivePlace['ids'] = [];
      for (const id of list.matchAll(/[^\s,]+/g)) ids.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length });
      places.set(directive, { start: open, end: open + match[0].length, ids });
      break;
    }
  }
  return places;
}

/** The name among `names` closest to `name` (a typo or two away), if one is. */
export function closestName(name: string, names: readonly string[]): string | undefined {
  const simple = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const distance = editDistance(simple(name), simple(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(simple(name).length / 3)) ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, (rows[i - 2]?.[j - 2] as number) + 1);
    }
  }
  return rows[a.length]?.[b.length] as number;
}
