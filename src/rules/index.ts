import { duplicateLink } from './duplicate-link.js';
import { duplicateTitle } from './duplicate-title.js';
import { linkSyntax } from './link-syntax.js';
import { missingLink } from './missing-link.js';
import { missingVenue } from './missing-venue.js';
import { rowFormat } from './row-format.js';
import type { Rule } from './types.js';
import { venueFormat } from './venue-format.js';

/** Every rule, in the order the README documents them. */
export const rules: ReadonlyArray<Rule<any>> = [
  rowFormat,
  duplicateTitle,
  duplicateLink,
  missingVenue,
  linkSyntax,
  missingLink,
  venueFormat,
];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
