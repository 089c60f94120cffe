import type { Cell } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import { arxivArchives, arxivCategories, suggestCategories } from './arxiv-categories.js';
import { canonicalVenue } from '../identity/venue.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, withFix } from './types.js';

const id = 'venue-format';

const bracketed = /\[([^[\]]+)\]/g;
const categoryShape = /^[A-Za-z-]+(?:\.[A-Za-z-]+)?$/;
const years = /\b(?:19|20)\d{2}\b|'\d{2}\b/g;

interface VenueName {
  cell: Cell;
  name: string;
}

export const venueFormat: Rule = {
  id,
  meta: {
    description: 'Venues are written one way: real arXiv categories without inner spaces, and one spelling per venue.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'style',
    needs: [],
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings: Finding[] = [];
    const names = new Map<string, VenueName[]>();
    for (const { venueCell: cell } of model.papers) {
      if (!cell || cell.text === '' || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      const categoryFindings = checkCategories(cell, model.lineStarts);
      findings.push(...categoryFindings);
      if (categoryFindings.length > 0) continue;
      const name = cell.text.replace(years, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:-]+|[\s,;:-]+$/g, '');
      const key = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (!key) continue;
      const group = names.get(key) ?? [];
      group.push({ cell, name });
      names.set(key, group);
    }
    for (const group of names.values()) findings.push(...checkSpellings(group));
    return findings;
  },
};

function checkCategories(cell: Cell, lineStarts: number[]): Finding[] {
  const findings: Finding[] = [];
  for (const match of cell.raw.matchAll(bracketed)) {
    const inside = match[1] ?? '';
    const compact = inside.replace(/\s+/g, '');
    if (!categoryShape.test(compact)) continue;
    const archive = compact.split('.')[0]?.toLowerCase() ?? '';
    if (!arxivArchives.has(archive) && !compact.includes('.')) continue;
    const start = pointAt(lineStarts, cell.start.offset + (match.index ?? 0));
    const end = pointAt(lineStarts, cell.start.offset + (match.index ?? 0) + match[0].length);
    const valid = arxivCategories.has(compact);
    if (inside !== compact && (valid || suggestCategories(compact).length > 0)) {
      const right = valid ? compact : (suggestCategories(compact)[0] ?? compact);
      findings.push(
        withFix(findingAt(id, 'warning', start, end, `The arXiv category ${quote(inside)} has a space in it: write [${right}].`), {
          offset: start.offset,
          length: end.offset - start.offset,
          text: `[${right}]`,
        }),
      );
    } else if (!valid) {
      const suggestions = suggestCategories(compact);
      const hint = suggestions.length > 0
        ? `did you mean ${suggestions.map((s) => `[${s}]`).join(' or ')}?`
        : 'use one from https://arxiv.org/category_taxonomy, e.g. [cs.LG].';
      findings.push(findingAt(id, 'warning', start, end, `arXiv has no category ${quote(compact)}: ${hint}`));
    }
  }
  return findings;
}

/**
 * A venue with an accepted spelling (`arXiv`, `NeurIPS`, `ACM MM`): the rows that write it otherwise
 * are told the accepted form — each row where they are few; where the list itself mostly writes it
 * another way, one warning says so at the first such row instead of one per row.
 */
function canonicalSpellings(group: VenueName[], canonical: string, counts: Map<string, number>): Finding[] {
  const others = group.filter(({ name }) => name !== canonical);
  if (others.length === 0) return [];
  if (others.length * 2 > group.length) {
    const first = others[0] as VenueName;
    const spellings = [...counts.keys()].filter((name) => name !== canonical).map((name) => quote(name, 30)).join(', ');
    return [
      findingAt(id, 'warning', first.cell.start, first.cell.end,
        `This list writes ${canonical} as ${spellings} in ${others.length} of ${group.length} rows; it is usually written ${quote(canonical)}. Changing them all is up to the list's maintainers.`),
    ];
  }
  return others.map(({ cell, name }) => {
    const finding = findingAt(id, 'warning', cell.start, cell.end, `${quote(name, 30)} is usually written ${quote(canonical, 30)}: write ${quote(canonical, 30)}.`);
    const at = cell.raw.indexOf(name);
    if (at === -1 || cell.raw.indexOf(name, at + 1) !== -1) return finding;
    return withFix(finding, { offset: cell.start.offset + at, length: name.length, text: canonical });
  });
}

/** The minority spellings of a venue get a warning that names the majority one. */
function checkSpellings(group: VenueName[]): Finding[] {
  const counts = new Map<string, number>();
  for (const { name } of group) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (counts.size < 2) return [];
  let majority = '';
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most) {
      majority = name;
      most = count;
    }
  }
  const canonical = canonicalVenue(majority);
  if (canonical !== undefined) return canonicalSpellings(group, canonical, counts);
  return group
    .filter(({ name }) => name !== majority)
    .map(({ cell, name }) => {
      const finding = findingAt(id, 'warning', cell.start, cell.end,
        `${quote(name, 30)} is written ${quote(majority, 30)} in ${most} other ${most === 1 ? 'row' : 'rows'} of this file: write ${quote(majority, 30)} so the venue reads the same everywhere.`);
      // Repairable when the spelling stands in the source as written (not split by markdown).
      const at = cell.raw.indexOf(name);
      if (at === -1 || cell.raw.indexOf(name, at + 1) !== -1) return finding;
      return withFix(finding, { offset: cell.start.offset + at, length: name.length, text: majority });
    });
}
