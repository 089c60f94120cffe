import type { FactKind, Facts } from '../facts.js';
import { repositoryUrl } from '../meta.js';
import type { ListModel, Point } from '../parse/model.js';

export type Severity = 'error' | 'warning';

/** A replacement of `length` characters at `offset` of the original text. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/** One problem found. Positions are 1-based; the end column points just past the last character. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: Edit[];
  /**
   * What the metadata sources found that would fill or correct the row (`--metadata`): the text to
   * write (a venue in the list's own style, or a link), which source says so, and where to see it.
   * Written into the list by --fix only when the evidence is strong (then `fix` is set too).
   */
  suggestion?: Suggestion;
}

export interface Suggestion {
  text: string;
  /** `dblp`, `arxiv`, `crossref`, `openreview`, `semanticScholar`, or `link` (read from the link itself, offline). */
  source: string;
  /** The record's page (a DBLP record, an arXiv abstract, a doi.org address), when there is one. */
  url?: string;
}

/** One file's findings, sorted by line, column, rule id and message. */
export interface FileResult {
  path: string;
  messages: Finding[];
}

/** How a rule option is written in `.lint-list.json`, so the config loader can check it. */
export type OptionSpec = { type: 'string-list' } | { type: 'enum'; values: readonly string[] };

/**
 * What a finding of a rule costs the list's reader, from worst to mildest: the page renders wrongly
 * or loses content; a paper is listed twice or under another's link; a link leads nowhere; facts
 * are missing; the spelling is inconsistent. Annotations show the worst first when GitHub shows few.
 */
export const ruleKinds = ['rendering', 'identity', 'reachability', 'completeness', 'style'] as const;
export type RuleKind = (typeof ruleKinds)[number];

/** What reports, SARIF, config validation and annotations know of a rule (as ESLint's `meta`). */
export interface RuleMeta {
  description: string;
  /** Where the README documents the rule. */
  docs: string;
  /** Whether some of its findings carry a repair (`--fix`). */
  fixable: boolean;
  kind: RuleKind;
  /** Facts from outside the list the rule reads; without them it finds nothing. */
  needs: readonly FactKind[];
}

export interface Rule<Options = Record<string, never>> {
  id: string;
  meta: RuleMeta;
  /** The severity of the rule's main findings; a few findings of a rule may be milder (a warning). */
  defaultSeverity: Severity;
  defaultOptions: Options;
  optionSpecs: { [K in keyof Options]: OptionSpec };
  /** Pure: the same model, options and facts give the same findings. */
  check(model: ListModel, options: Options, facts: Facts): Finding[];
}

export const docsUrl = (ruleId: string) => `${repositoryUrl}/blob/main/README.md#${ruleId}`;

export function findingAt(
  ruleId: string,
  severity: Severity,
  start: Pick<Point, 'line' | 'column'>,
  end: Pick<Point, 'line' | 'column'>,
  message: string,
): Finding {
  return { ruleId, severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
}

/** Shortens a cell's text for a message, so a long title does not drown the advice. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}

/** The same finding, repairable by `edits` (offsets into the text the rule read). */
export function withFix(finding: Finding, ...edits: Edit[]): Finding {
  return { ...finding, fix: edits };
}
