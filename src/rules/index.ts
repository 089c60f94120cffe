import { deadLink } from './dead-link.js';
import { duplicateLink } from './duplicate-link.js';
import { duplicateTitle } from './duplicate-title.js';
import { linkSyntax } from './link-syntax.js';
import { missingLink } from './missing-link.js';
import { missingVenue } from './missing-venue.js';
import { rowFormat } from './row-format.js';
import type { OptionSpec, Rule, Severity } from './types.js';
import { venueFormat } from './venue-format.js';

/** The rules that read the table model, in the order the README documents them. */
export const rules: ReadonlyArray<Rule<any>> = [
  rowFormat,
  duplicateTitle,
  duplicateLink,
  missingVenue,
  linkSyntax,
  missingLink,
  venueFormat,
];

/** What configuration, reports and SARIF need to know of every rule, the link rule included. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  docs: string;
  optionSpecs: Record<string, OptionSpec>;
}

export const allRules: readonly RuleMeta[] = [...rules, { ...deadLink, optionSpecs: {} }];
export const ruleIds: readonly string[] = allRules.map((rule) => rule.id);
