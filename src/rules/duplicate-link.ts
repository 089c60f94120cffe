import { nearIdentical } from '../identity/title.js';
import type { PaperEntry } from '../parse/model.js';
import { scopeGroups, titledPapers } from '../parse/papers.js';
import type { DuplicateOptions } from './duplicate-title.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'duplicate-link';

export const duplicateLink: Rule<DuplicateOptions> = {
  id,
  meta: {
    description: 'Two different titles do not link to the same paper (arXiv id, DOI, OpenReview id or URL).',
    docs: docsUrl(id),
    fixable: false,
    kind: 'identity',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: { scope: 'file' },
  optionSpecs: { scope: { type: 'enum', values: ['file', 'table'] } },
  check(model, options) {
    const findings: Finding[] = [];
    for (const group of scopeGroups(titledPapers(model.papers), options.scope)) findings.push(...checkGroup(group));
    return findings;
  },
};

function checkGroup(entries: PaperEntry[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map<string, PaperEntry>();
  for (const entry of entries) {
    for (const { id: paperId, link } of entry.ids) {
      const first = byId.get(paperId.key);
      if (!first) {
        byId.set(paperId.key, entry);
        continue;
      }
      // The same title twice is duplicate-title's to report; here only different papers sharing a link.
      if (first === entry || first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)) continue;
      findings.push(
        findingAt(id, 'error', link.start, link.end,
          `This link points at ${paperId.label}, which line ${first.row.line} already uses for ${quote(first.title)}: link each title to its own paper.`),
      );
    }
  }
  return findings;
}
