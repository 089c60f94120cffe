import { collectLinks, dedupeKey, type LinkScope } from '../links/collect.js';
import type { LinkResult } from '../links/types.js';
import type { ListModel } from '../parse/model.js';
import { docsUrl, type Finding, findingAt, type Severity, withFix } from './types.js';

const id = 'dead-link';

/**
 * Not a model rule: it reads the link checker's verdicts (`--links`). Dead links are errors at every
 * place they are written; links we could not verify (bot walls, timeouts) are only warnings, since a
 * contributor must never be failed for a publisher's bot protection; a permanent redirect is a warning
 * naming where the link should point, repaired by --fix.
 */
export const deadLink = {
  id,
  description: 'Links answer: dead links are errors, links that could not be verified and permanent redirects are warnings.',
  defaultSeverity: 'error' as Severity,
  docs: docsUrl(id),
};

/**
 * The findings for the links of `model`, from verdicts of a check. The links are collected from the
 * model again, so positions are those of the model's text even after --fix has moved things.
 */
export function deadLinkFindings(results: LinkResult[], model: ListModel, scope: LinkScope): Finding[] {
  const verdicts = new Map(results.map((result) => [dedupeKey(result.url), result]));
  const findings: Finding[] = [];
  for (const target of collectLinks([model], scope)) {
    const result = verdicts.get(dedupeKey(target.url));
    const message = result && messageFor(result);
    if (!result || !message) continue;
    for (const occurrence of target.occurrences) {
      const finding = findingAt(id, message.severity, occurrence, { line: occurrence.endLine, column: occurrence.endColumn }, message.text);
      const at = model.text.lastIndexOf(target.url, occurrence.endOffset);
      const movesTo = result.verdict === 'alive' && result.finalUrl;
      findings.push(movesTo && at >= occurrence.offset ? withFix(finding, { offset: at, length: target.url.length, text: movesTo }) : finding);
    }
  }
  return findings;
}

function messageFor(result: LinkResult): { severity: Severity; text: string } | undefined {
  const why = result.reason ?? (result.status ? `HTTP ${result.status}` : 'no answer');
  switch (result.verdict) {
    case 'dead':
      return { severity: 'error', text: `Link is dead (${why}): ${result.url} — find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.` };
    case 'unverified':
      return { severity: 'warning', text: `Could not verify the link (${why}): ${result.url} — open it in a browser; if it works, nothing needs to change.` };
    case 'alive':
      if (result.permanentRedirect && result.finalUrl && result.finalUrl !== result.url) {
        return { severity: 'warning', text: `Link redirects permanently to ${result.finalUrl}: link there directly.` };
      }
      return undefined;
    default:
      return undefined;
  }
}
