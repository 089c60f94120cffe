import { nearIdentical } from '../identity/title.js';
import type { PaperEntry } from '../parse/model.js';
import { chronologicalSections, samePlace, scopeGroups, sectionName, titledPapers } from '../parse/papers.js';
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

/**
 * Two titles on one link are either one paper listed twice under two titles (renamed between
 * versions, or a newsletter featuring it twice) or a link copied from another row and not changed.
 * In one table that is an error either way, and in two year sections too (a paper has one year);
 * under another section it may be deliberate: a warning.
 */
function checkGroup(entries: PaperEntry[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map<string, PaperEntry[]>();
  const titles = new Set<string>();
  for (const entry of entries) {
    // A title seen before is duplicate-title's finding: one finding per repeated row.
    const repeatedTitle = titles.has(entry.normalizedTitle);
    titles.add(entry.normalizedTitle);
    for (const { id: paperId, link } of entry.ids) {
      const copies = byId.get(paperId.key);
      if (!copies) {
        byId.set(paperId.key, [entry]);
        continue;
      }
      copies.push(entry);
      const first = copies.find((copy) => copy !== entry && samePlace(copy, entry)) ?? (copies[0] as PaperEntry);
      // The same title twice is duplicate-title's to report; here only different titles sharing a link.
      if (repeatedTitle || first === entry || first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)) continue;
      const here = samePlace(first, entry);
      findings.push(
        findingAt(id, here || chronologicalSections(first, entry) ? 'error' : 'warning', link.start, link.end,
          `This link points at ${paperId.label}, which line ${first.row.line}${here ? '' : ` (${sectionName(first)})`} already uses for ${quote(first.title)}: either the same paper listed twice under another title (keep one row), or a wrong link (link this row to its own paper).`),
      );
    }
  }
  return findings;
}
