import { deadLink } from './dead-link.js';
import { duplicateLink } from './duplicate-link.js';
import { duplicateTitle } from './duplicate-title.js';
import { linkSyntax } from './link-syntax.js';
import { missingLink } from './missing-link.js';
import { missingVenue } from './missing-venue.js';
import { rowFormat } from './row-format.js';
import { titleMismatch } from './title-mismatch.js';
import { type Rule, ruleKinds } from './types.js';
import { venueFormat } from './venue-format.js';
import { venueMismatch } from './venue-mismatch.js';
import { venueOutdated } from './venue-outdated.js';

/** Every rule, in the order the README documents them. */
export const rules: ReadonlyArray<Rule<any>> = [
  rowFormat,
  duplicateTitle,
  duplicateLink,
  missingVenue,
  linkSyntax,
  missingLink,
  venueFormat,
  deadLink,
  titleMismatch,
  venueOutdated,
  venueMismatch,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

/**
 * Orders rule ids by what their findings cost a reader (`meta.kind`), then by the order above; ids
 * of no rule come last, by id. Annotations use it when GitHub shows only a few.
 */
export function compareRuleImportance(a: string, b: string): number {
  if (a === b) return 0;
  const rank = (id: string) => {
    const index = rules.findIndex((rule) => rule.id === id);
    const rule = rules[index];
    return rule ? ruleKinds.indexOf(rule.meta.kind) * rules.length + index : Number.MAX_SAFE_INTEGER;
  };
  return rank(a) - rank(b) || (a < b ? -1 : 1);
}
