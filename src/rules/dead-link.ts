import type { LinkSpan } from '../links/collect.js';
import type { LinkResult } from '../links/types.js';
import { docsUrl, type Finding, findingAt, type Severity } from './types.js';

const id = 'dead-link';

/**
 * Not a model rule: it reads the link checker's verdicts (`--links`). Dead links are errors at every
 * place they are written; links we could not verify (bot walls, timeouts) are only warnings, since a
 * contributor must never be failed for a publisher's bot protection; a permanent redirect is a warning
 * naming where the link should point.
 */
export const deadLink = {
  id,
  description: 'Links answer: dead links are errors, links that could not be verified and permanent redirects are warnings.',
  defaultSeverity: 'error' as Severity,
  docs: docsUrl(id),
};

export function deadLinkFindings(results: LinkResult[], path: string): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    const message = messageFor(result);
    if (!message) continue;
    for (const occurrence of result.occurrences as LinkSpan[]) {
      if (occurrence.path !== path) continue;
      const end = { line: occurrence.endLine ?? occurrence.line, column: occurrence.endColumn ?? occurrence.column };
      findings.push(findingAt(id, message.severity, occurrence, end, message.text));
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
