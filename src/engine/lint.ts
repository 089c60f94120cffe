import { type Config, defaultConfig } from '../config/config.js';
import type { Facts } from '../facts.js';
import { defaultVenuePlaceholders } from '../identity/venue.js';
import { type ModelOptions, stripBom, tryBuildModel } from '../parse/build.js';
import { createSuppressor } from '../parse/comments.js';
import type { ListModel } from '../parse/model.js';
import { loadedMarkdownParser } from '../parse/parser.js';
import { rules } from '../rules/index.js';
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
export function lintText(path: string, text: string, config: Config = defaultConfig(), facts: Facts = {}): FileResult {
  const model = tryBuildModel(path, stripBom(text), modelOptionsOf(config), loadedMarkdownParser());
  if (!model) throw new Error('lintText needs remark loaded for this list: await loadMarkdownParser() first');
  return lintModel(model, config, facts);
}

/**
 * Lints a parsed file: every enabled rule, given the facts it needs, with severities as configured
 * and inline comments honoured.
 */
export function lintModel(model: ListModel, config: Config, facts: Facts = {}): FileResult {
  const suppressed = createSuppressor(model.directives);
  const messages: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === 'off') continue;
    const options = { ...rule.defaultOptions, ...setting?.options };
    for (const finding of rule.check(model, options, facts)) {
      if (suppressed(finding.ruleId, finding.line)) continue;
      messages.push({ ...finding, severity: severityOf(finding.severity, rule.defaultSeverity, setting?.severity) });
    }
  }
  return { path: model.path, messages: sortFindings(messages) };
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
