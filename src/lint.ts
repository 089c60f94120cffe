import { type Config, defaultConfig } from './config/config.js';
import { createSuppressor } from './parse/comments.js';
import { buildModel } from './parse/markdown.js';
import type { ListModel } from './parse/model.js';
import { rules } from './rules/index.js';
import type { Finding, Severity } from './rules/types.js';

export interface FileResult {
  path: string;
  messages: Finding[];
}

/** A Unicode byte order mark is no part of the list: editors hide it and so do our columns. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function modelOf(path: string, text: string, config: Config = defaultConfig()): ListModel {
  return buildModel(path, stripBom(text), config.columns);
}

/** Lints one file's text: every enabled rule, severities as configured, inline comments honoured. */
export function lintText(path: string, text: string, config: Config = defaultConfig()): FileResult {
  return lintModel(modelOf(path, text, config), config);
}

/**
 * Lints a parsed file. `extra` holds findings made outside the model rules (dead links): they get the
 * same severity settings and inline comments.
 */
export function lintModel(model: ListModel, config: Config, extra: Finding[] = []): FileResult {
  const suppressed = createSuppressor(model.directives);
  const messages: Finding[] = [];
  const keep = (finding: Finding, ruleDefault: Severity) => {
    const configured = config.rules[finding.ruleId]?.severity;
    if (configured === 'off' || suppressed(finding.ruleId, finding.line)) return;
    messages.push({ ...finding, severity: severityOf(finding.severity, ruleDefault, configured) });
  };
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === 'off') continue;
    const options = { ...rule.defaultOptions, ...setting?.options };
    for (const finding of rule.check(model, options)) keep(finding, rule.defaultSeverity);
  }
  for (const finding of extra) keep(finding, 'error');
  return { path: model.path, messages: sortFindings(messages) };
}

/**
 * A configured severity moves the whole rule: "warning" makes every finding of an error rule a
 * warning, "error" makes every finding of a warning rule an error; the rule's own level changes nothing.
 */
function severityOf(found: Severity, ruleDefault: Severity, configured: Severity | undefined): Severity {
  if (configured === undefined || configured === ruleDefault) return found;
  return configured;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

export function countSeverities(files: FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}
