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
}

/** How a rule option is written in `.lint-list.json`, so the config loader can check it. */
export type OptionSpec = { type: 'string-list' } | { type: 'enum'; values: readonly string[] };

export interface Rule<Options = Record<string, never>> {
  id: string;
  description: string;
  /** The severity of the rule's main findings; a few findings of a rule may be milder (a warning). */
  defaultSeverity: Severity;
  docs: string;
  defaultOptions: Options;
  optionSpecs: { [K in keyof Options]: OptionSpec };
  check(model: ListModel, options: Options): Finding[];
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
