import type { LinkVerdict } from '../facts.js';
import { linkKey } from '../identity/paper-id.js';
import { safeReplacementUrl } from '../identity/safe-url.js';
import type { ListModel } from '../parse/model.js';
import { linksInScope } from '../parse/links-in-scope.js';
import { pointAt } from '../parse/position.js';
import { docsUrl, type Finding, findingAt, type Rule, type Severity, withFix } from './types.js';

const id = 'dead-link';

/**
 * Reads the link checker's verdicts (`--links`). Dead links are errors at every place they are
 * written; links we could not verify (bot walls, timeouts) are only warnings, since a contributor
 * must never be failed for a publisher's bot protection; a permanent redirect is a warning naming
 * where the link should point, repaired by --fix.
 */
export const deadLink: Rule = {
  id,
  meta: {
    description: 'Links answer: dead links are errors, links that could not be verified and permanent redirects are warnings.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'reachability',
    needs: ['links'],
  },
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.links) return [];
    const { verdicts, scope } = facts.links;
    const findings: Finding[] = [];
    for (const group of placesByKey(model, scope)) {
      const verdict = verdicts.get(group.key);
      const message = verdict && messageFor(verdict);
      if (!verdict || !message) continue;
      for (const place of group.places) {
        const finding = findingAt(id, message.severity, pointAt(model.lineStarts, place.start), pointAt(model.lineStarts, place.end), message.text);
        // The URL is replaced where it is written as first written in this file (a variant spelling
        // of it, another case or fragment, is left for the person).
        const at = model.text.lastIndexOf(group.url, place.end);
        // What a server says is checked again before it is written into the list.
        const movesTo = verdict.verdict === 'alive' && verdict.rewriteTo && safeReplacementUrl(verdict.rewriteTo, group.url);
        findings.push(movesTo && at >= place.start ? withFix(finding, { offset: at, length: group.url.length, text: movesTo }) : finding);
      }
    }
    return findings;
  },
};

/** The links in scope grouped as they were checked: one group per link key, first spelling kept. */
function placesByKey(model: ListModel, scope: 'tables' | 'all') {
  const groups = new Map<string, { key: string; url: string; places: Array<{ start: number; end: number }> }>();
  for (const place of linksInScope(model, scope)) {
    const key = linkKey(place.url);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { key, url: place.url, places: [place] });
  }
  return groups.values();
}

function messageFor(result: LinkVerdict): { severity: Severity; text: string } | undefined {
  const why = result.reason ?? (result.status ? `HTTP ${result.status}` : 'no answer');
  switch (result.verdict) {
    case 'dead':
      return { severity: 'error', text: `Link is dead (${why}): ${result.url} — find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.` };
    case 'unverified':
      return { severity: 'warning', text: `Could not verify the link (${why}): ${result.url} — open it in a browser; if it works, nothing needs to change.` };
    case 'alive':
      if (result.rewriteTo && result.rewriteTo !== result.url) {
        return { severity: 'warning', text: `Link redirects permanently to ${result.rewriteTo}: link there directly.` };
      }
      return undefined;
    default:
      return undefined;
  }
}
