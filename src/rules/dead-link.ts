import type { LinkVerdict, PaperFacts } from '../facts.js';
import { linkKey, paperIdOf } from '../identity/paper-id.js';
import { safeReplacementUrl } from '../identity/safe-url.js';
import type { ListModel } from '../parse/model.js';
import { linksInScope } from '../parse/links-in-scope.js';
import { pointAt } from '../parse/position.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, type Severity, withFix } from './types.js';

const id = 'dead-link';

/**
 * Reads the link checker's verdicts (`--links`). Dead links are errors at every place they are
 * written; links we could not verify (bot walls, timeouts) are only warnings, since a contributor
 * must never be failed for a publisher's bot protection; a permanent redirect is a warning naming
 * where the link should point, repaired by --fix.
 *
 * With the metadata sources' answers (`--metadata`), a link naming a paper that does not exist (an
 * arXiv id arXiv does not hold, a DOI that resolves nowhere, an OpenReview id neither API has) is
 * dead too, whatever its page answered (OpenReview answers 200 for any id); and a link to a
 * withdrawn arXiv paper is a warning. A paper no source could verify adds nothing here.
 */
export const deadLink: Rule = {
  id,
  meta: {
    description: 'Links answer: dead links are errors, links that could not be verified and permanent redirects are warnings.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'reachability',
    needs: ['links', 'metadata'],
  },
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.links && !facts.papers) return [];
    const findings: Finding[] = [];
    for (const group of placesByKey(model, facts.links?.scope ?? 'tables')) {
      const verdict = facts.links?.verdicts.get(group.key);
      const paper = facts.papers ? paperMessagesFor(group.url, facts.papers) : {};
      // A paper that does not exist is dead however its page answered; a dead page says so already.
      const message = paper.nonexistent && verdict?.verdict !== 'dead' ? paper.nonexistent : verdict && messageFor(verdict);
      const messages = [message, paper.withdrawn].filter((m): m is { severity: Severity; text: string } => m !== undefined);
      for (const place of group.places) {
        const start = pointAt(model.lineStarts, place.start);
        const end = pointAt(model.lineStarts, place.end);
        for (const { severity, text } of messages) {
          const finding = findingAt(id, severity, start, end, text);
          // The URL is replaced where it is written as first written in this file (a variant spelling
          // of it, another case or fragment, is left for the person).
          const at = model.text.lastIndexOf(group.url, place.end);
          // What a server says is checked again before it is written into the list.
          const movesTo = text === message?.text && verdict?.verdict === 'alive' && verdict.rewriteTo && safeReplacementUrl(verdict.rewriteTo, group.url);
          findings.push(movesTo && at >= place.start ? withFix(finding, { offset: at, length: group.url.length, text: movesTo }) : finding);
        }
      }
    }
    return findings;
  },
};

/** What the metadata sources' answers say about the paper a URL names: it does not exist, or it was withdrawn. */
function paperMessagesFor(url: string, papers: PaperFacts): { nonexistent?: { severity: Severity; text: string }; withdrawn?: { severity: Severity; text: string } } {
  const paperId = paperIdOf(url);
  const fact = paperId && papers.get(paperId.key);
  if (!paperId || !fact) return {};
  if (fact.status === 'nonexistent') {
    const why = fact.reason ?? `${paperId.label} does not exist`;
    return { nonexistent: { severity: 'error', text: `Link is dead (${why}): ${url} — check the id, find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.` } };
  }
  const record = fact.record;
  if (fact.status === 'found' && record?.source === 'arxiv' && record.withdrawn) {
    const comment = record.comment ? ` (${quote(record.comment, 80)})` : '';
    return { withdrawn: { severity: 'warning', text: `${paperId.label} was withdrawn by its authors${comment}: link a version that was not withdrawn or the published paper, or remove the row.` } };
  }
  return {};
}

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
