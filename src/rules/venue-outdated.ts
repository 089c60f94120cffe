import { knownVenue, readVenue } from '../identity/venue-style.js';
import { appearedAt, cellEdit, decide, evidenceOf, styleOf, suggestionOf, writeClaim } from './evidence.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, withFix } from './types.js';

const id = 'venue-outdated';

/**
 * Only with `--metadata`: a venue that says the paper is a preprint (`arXiv`, `arXiv [cs.LG]`,
 * `CoRR`, `preprint`, `Under review`) while strong evidence (src/rules/evidence.ts) says where it
 * appeared since: its link (a proceedings URL), a record carrying its arXiv id, DOI or OpenReview id,
 * or a unique exact title in a plausible year. The message names the venue and the source; the
 * finding carries the venue in the list's own style as a suggestion and a repair of the cell (when the
 * cell is plain text). Weak evidence gives nothing here: a preprint stays a preprint until proven.
 */
export const venueOutdated: Rule = {
  id,
  meta: {
    description: 'A venue that says arXiv, preprint or under review is updated once the paper has appeared (only with --metadata).',
    docs: docsUrl(id),
    fixable: true,
    kind: 'completeness',
    needs: ['metadata'],
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.papers) return [];
    const findings: Finding[] = [];
    for (const entry of model.papers) {
      const cell = entry.venueCell;
      if (!cell || cell.text === '' || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      if (!readVenue(cell.text).preprint) continue;
      const { strong } = decide(evidenceOf(entry, facts));
      if (!strong) continue;
      const text = writeClaim(styleOf(model), strong);
      const advice = text === undefined ? 'write where it appeared' : `write ${quote(text)}`;
      const finding = findingAt(id, 'warning', cell.start, cell.end, `The venue says ${quote(cell.text, 40)}, but the paper ${appearedAt(strong)}: ${advice}.`);
      if (text === undefined) {
        findings.push(finding);
        continue;
      }
      // The cell is rewritten only when it says nothing but that (`arXiv [cs.LG] (Oral)` keeps its note: suggested only).
      const edit = onlyPreprint(cell.text) ? cellEdit(model.text, cell, text) : undefined;
      const suggested = { ...finding, suggestion: suggestionOf(text, strong) };
      findings.push(edit ? withFix(suggested, edit) : suggested);
    }
    return findings;
  },
};

/**
 * Whether a venue cell says nothing but that the paper is a preprint: `arXiv`, `arXiv [cs.LG]`,
 * `arXiv 2023`, `CoRR abs/2110.14633`, `Preprint`, `Under review at ICLR 2024`, `Submitted to NeurIPS`.
 */
export function onlyPreprint(text: string): boolean {
  const rest = text
    .slice(0, 200)
    .toLowerCase()
    .replace(/\b(?:under (?:review|submission)|in (?:review|submission)|submitted)(?:\s+(?:at|to|for))?\b/g, ' ')
    .replace(/\b(?:arxiv(?:\.org)?|corr|biorxiv|medrxiv|preprints?|e-?prints?)(?![a-z])/g, ' ')
    .replace(/\babs\/\S{0,40}/g, ' ')
    .replace(/\[[^\]]{0,40}\]/g, ' ')
    .replace(/\b\d{4}\.\d{4,5}(?:v\d+)?\b|\b(?:19|20)\d{2}\b|['’]\d{2}\b/g, ' ')
    .replace(/[\s,;:.()-]+/g, ' ')
    .trim();
  return rest === '' || (/\b(?:review|submission|submitted)\b/i.test(text) && knownVenue(rest) !== undefined);
}
