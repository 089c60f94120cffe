import type { Config } from '../config/config.js';
import { defaultConfig } from '../config/defaults.js';
import { type Facts, hasFacts } from '../facts.js';
import { defaultVenuePlaceholders } from '../identity/venue.js';
import { type ModelOptions, stripBom, tryBuildModel } from '../parse/build.js';
import { closestName, createSuppressor, type DirectiveJudge, placesOf, type Suppressor } from '../parse/comments.js';
import type { Directive, ListModel } from '../parse/model.js';
import { loadedMarkdownParser } from '../parse/parser.js';
import { pointAt } from '../parse/position.js';
import { ruleIds, rules } from '../rules/index.js';
import type { FileResult, Finding, Severity } from '../rules/types.js';

/** How the config asks lists to be read: its column names, venue placeholders and link scope. */
export function modelOptionsOf(config: Config, documentLinks = false): ModelOptions {
  const placeholders = config.rules['missing-venue']?.options.placeholders as string[] | undefined;
  return { columns: config.columns, venuePlaceholders: placeholders ?? defaultVenuePlaceholders, documentLinks, parser: 'auto' };
}

/**
 * Lints one file's text synchronously, for tests and tools that loaded remark already
 * (`loadMarkdownParser`); the engine (`lintFiles`) loads it when a list needs it.
 */
export function lintText(path: string, text: string, config: Config = defaultConfig(), facts: Facts = {}): LintedFile {
  const model = tryBuildModel(path, stripBom(text), modelOptionsOf(config), loadedMarkdownParser());
  if (!model) throw new Error('lintText needs remark loaded for this list: await loadMarkdownParser() first');
  return lintModel(model, config, facts);
}

/**
 * The rule id of findings about inline comments themselves: an unknown rule id named in one (a
 * warning, always) and, with --report-unused-disable-directives, a comment that switches nothing
 * off (an error). It is no rule: it cannot be configured or switched off by a comment.
 */
export const inlineCommentRuleId = 'inline-comment';

export interface LintedFile extends FileResult {
  /**
   * Comments that switched nothing off in this run, as errors of `inline-comment`: reported only when
   * asked (--report-unused-disable-directives). A rule that did not run for lack of facts (dead-link
   * without --links) is not judged, and neither is a comment naming no rule then.
   */
  unusedDirectives: Finding[];
}

/**
 * Lints a parsed file: every enabled rule, given the facts it needs, with severities as configured
 * and inline comments honoured.
 */
export function lintModel(model: ListModel, config: Config, facts: Facts = {}): LintedFile {
  const suppressor = createSuppressor(model.directives);
  const messages: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === 'off') continue;
    const options = { ...rule.defaultOptions, ...setting?.options };
    for (const finding of rule.check(model, options, facts)) {
      if (suppressor.suppresses(finding.ruleId, finding.line)) continue;
      messages.push({ ...finding, severity: severityOf(finding.severity, rule.defaultSeverity, setting?.severity) });
    }
  }
  const comments = commentFindings(model, suppressor, judgeOf(config, facts));
  messages.push(...comments.unknown);
  return { path: model.path, messages: sortFindings(messages), unusedDirectives: sortFindings(comments.unused) };
}

/** Which rule ids this run can judge a comment by: those of rules that ran with the facts they need. */
function judgeOf(config: Config, facts: Facts): DirectiveJudge {
  const ran = (rule: (typeof rules)[number]) => rule.meta.needs.every((kind) => hasFacts(facts, kind));
  const known = (id: string) => ruleIds.includes(id);
  return {
    known,
    judged: (id) => rules.some((rule) => rule.id === id && ran(rule)),
    all: rules.every((rule) => config.rules[rule.id]?.severity === 'off' || ran(rule)),
  };
}

/** Findings about the comments themselves: unknown rule ids, and comments that switched nothing off. */
function commentFindings(model: ListModel, suppressor: Suppressor, judge: DirectiveJudge): { unknown: Finding[]; unused: Finding[] } {
  const withUnknown = model.directives.filter((d) => d.ruleIds.some((id) => !judge.known(id)));
  const unused = suppressor.unused(judge);
  if (withUnknown.length === 0 && unused.length === 0) return { unknown: [], unused: [] };
  const places = placesOf(model.text, model.lineStarts, [...withUnknown, ...unused.map((u) => u.directive)]);
  /** The comment's place, or the place of the `nth` occurrence of `id` in it. */
  const at = (d: Directive, severity: Finding['severity'], message: string, id?: string, nth = 0): Finding => {
    const place = places.get(d);
    const span = id === undefined ? place : place?.ids.filter((named) => named.id === id)[nth];
    const start = span ? pointAt(model.lineStarts, span.start) : { line: d.line, column: 1 };
    const end = span ? pointAt(model.lineStarts, span.end) : start;
    return { ruleId: inlineCommentRuleId, severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
  };
  const unknown: Finding[] = [];
  for (const d of withUnknown) {
    const seen = new Map<string, number>();
    for (const id of d.ruleIds) {
      if (judge.known(id)) continue;
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      const close = closestName(id, ruleIds);
      const hint = close ? `did you mean '${close}'?` : `rules are ${ruleIds.join(', ')}.`;
      unknown.push(at(d, 'warning', `Unknown rule '${id}' in a lint-list-${d.kind} comment: it switches nothing off; ${hint}`, id, nth));
    }
  }
  const where = { 'disable-line': 'on its line', 'disable-next-line': 'on the next line', disable: 'in the lines it covers', enable: '' } as const;
  const findings = unused.map(({ directive: d, ruleId }) => {
    const remove = ruleId !== undefined && d.ruleIds.length > 1 ? `remove '${ruleId}' from it` : 'remove the comment';
    const what =
      d.kind === 'enable'
        ? ruleId === undefined ? 'no rule is disabled here' : `${ruleId} is not disabled here`
        : `no ${ruleId === undefined ? '' : `${ruleId} `}problem is reported ${where[d.kind]}`;
    return at(d, 'error', `Unused lint-list-${d.kind} comment: ${what}; ${remove}.`, ruleId);
  });
  return { unknown, unused: findings };
}

/**
 * A configured severity moves the whole rule: "warning" makes every finding of an error rule a
 * warning, "error" makes every finding of a warning rule an error; the rule's own level changes nothing.
 */
function severityOf(found: Severity, ruleDefault: Severity, configured: Severity | 'off' | undefined): Severity {
  if (configured === undefined || configured === 'off' || configured === ruleDefault) return found;
  return configured;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}
