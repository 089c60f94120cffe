import type { PaperFact, PaperRecord } from '../facts.js';
import type { PaperId } from '../identity/paper-id.js';
import { compareTitles } from '../identity/title.js';
import type { Link, PaperEntry } from '../parse/model.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'title-mismatch';

/**
 * Reads what the metadata sources say about the paper a row links (`--metadata`) and compares its
 * title with the row's. Titles are compared after the duplicate-title normalisation, with LaTeX
 * read and accents folded (src/identity/title.ts), and by their topic words:
 *
 * - equal, or equal but for a name before a colon or a final "(ABBR)" → nothing;
 * - titles of fewer than four words: anything else is a warning when every topic word of the
 *   shorter title is in the longer, an error otherwise;
 * - longer titles: a Dice similarity of at least 0.5, or at least 80 % of the smaller title's topic
 *   words in the other, is "similar": a warning (renamed, or another version?); below both, the
 *   link names another paper: an error naming the real title and id;
 * - a row titled as an earlier arXiv version of the paper (or similarly) links a renamed paper: a
 *   warning, never an error.
 *
 * A row that links several identities of one paper (a preprint and its published version) is
 * judged as one: when one of them carries the row's title, the others' different titles are
 * renames, not mistakes.
 */
export const titleMismatch: Rule = {
  id,
  meta: {
    description: "A row's title is the title of the paper its link names (arXiv, DOI, OpenReview).",
    docs: docsUrl(id),
    fixable: false,
    kind: 'identity',
    needs: ['metadata'],
  },
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const papers = facts.papers;
    if (!papers) return [];
    const findings: Finding[] = [];
    for (const entry of model.papers) findings.push(...checkEntry(entry, papers));
    return findings;
  },
};

/** Similarity (Dice) from which two longer titles are "similar" rather than another paper's. */
export const similarThreshold = 0.5;
/** Share of the smaller title's topic words in the other from which two titles are "similar". */
export const containedThreshold = 0.8;
/** Titles with fewer words are judged on exact words only. */
export const shortTitleWords = 4;

type Verdict = { kind: 'match' } | { kind: 'similar' } | { kind: 'renamed'; version: number; earlier: string } | { kind: 'different' };

interface Judged {
  paperId: PaperId;
  link: Link;
  record: PaperRecord;
  rowTitle: string;
  verdict: Verdict;
}

function checkEntry(entry: PaperEntry, papers: ReadonlyMap<string, PaperFact>): Finding[] {
  const judged: Judged[] = [];
  for (const { id: paperId, link } of entry.ids) {
    const record = papers.get(paperId.key)?.record;
    if (!record || record.title === '') continue;
    // A reading longer than a title by far is a summary, not a title: it is not judged.
    const readings = rowTitlesOf(entry, link).filter((title) => wordCount(title) <= 2 * wordCount(record.title) + 8);
    if (readings.length === 0) continue;
    // The row is judged by its most favourable reading.
    const verdicts = readings.map((rowTitle) => ({ rowTitle, verdict: judge(rowTitle, record) }));
    const best = verdicts.reduce((a, b) => (rank(b.verdict) < rank(a.verdict) ? b : a));
    judged.push({ paperId, link, record, ...best });
  }
  const matched = judged.filter((item) => item.verdict.kind === 'match');
  const findings: Finding[] = [];
  for (const item of judged) {
    if (item.verdict.kind === 'match') continue;
    // One paper under two identities (the record names the other, or the other names it): judged by the one that matches.
    if (matched.some((other) => samePaper(item, other))) continue;
    if (item.verdict.kind === 'different') {
      findings.push(
        findingAt(id, 'error', item.link.start, item.link.end,
          `This row links to ${item.paperId.label}, ${quote(item.record.title, 80)}, not ${quote(item.rowTitle)}: link this row's own paper, or write the paper's title if it was renamed.`),
      );
    } else if (matched.length === 0 && item.verdict.kind === 'renamed') {
      findings.push(
        findingAt(id, 'warning', item.link.start, item.link.end,
          `${item.paperId.label} was renamed: this row has the title of its v${item.verdict.version} (${quote(item.verdict.earlier, 80)}); it is now ${quote(item.record.title, 80)}.`),
      );
    } else if (matched.length === 0) {
      findings.push(
        findingAt(id, 'warning', item.link.start, item.link.end,
          `Titled ${quote(item.record.title, 80)} at ${item.paperId.label}: renamed, or a different version? Write the paper's title as it is, or link the paper this row means.`),
      );
    }
  }
  return findings;
}

const rank = (verdict: Verdict) => ['match', 'similar', 'renamed', 'different'].indexOf(verdict.kind);

function judge(rowTitle: string, record: PaperRecord): Verdict {
  const current = classify(rowTitle, record.title);
  if (current !== 'different') return { kind: current };
  for (const earlier of record.earlierTitles ?? []) {
    if (classify(rowTitle, earlier.title) !== 'different') return { kind: 'renamed', version: earlier.version, earlier: earlier.title };
  }
  return { kind: 'different' };
}

/** The thresholds of the rule, on one pair of titles. */
export function classify(rowTitle: string, realTitle: string): 'match' | 'similar' | 'different' {
  const comparison = compareTitles(rowTitle, realTitle);
  if (comparison.equal || comparison.sameButName) return 'match';
  if (comparison.shorterWords < shortTitleWords) return comparison.containment === 1 ? 'similar' : 'different';
  return comparison.similarity >= similarThreshold || comparison.containment >= containedThreshold ? 'similar' : 'different';
}

function samePaper(a: Judged, b: Judged): boolean {
  const namesKey = (record: PaperRecord, key: string) => {
    const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    return (kind === 'arxiv' && record.ids.arxiv === value) || (kind === 'doi' && record.ids.doi === value) || (kind === 'openreview' && record.ids.openreview === value);
  };
  return namesKey(a.record, b.paperId.key) || namesKey(b.record, a.paperId.key);
}

/** Link texts that name a kind of link, not a paper: `[arXiv](…)`, `[PDF](…)`, `[Paper](…)`. */
const genericLinkText = /^\W*(?:arxiv|paper|pdf|link|links|code|github|project(?: page)?|page|website|openreview|doi|html|abs|abstract|url|here|\d+)\W*$/i;

/**
 * The ways a row may title the paper `link` names. First what it writes: the link's own text when
 * the link is the title cell's and says more than "arXiv"; else the title cell's text without such
 * generic link texts. Then that without a leading number ("7) ", "3. ") and, when a " - " follows,
 * the part before it, as lists that put a summary after the title write them ("N) Title - summary").
 */
function rowTitlesOf(entry: PaperEntry, link: Link): string[] {
  const inTitleCell = entry.titleCell?.links.includes(link) ?? false;
  const text = link.text.trim();
  let title: string;
  if (inTitleCell && text !== '' && !genericLinkText.test(text) && !/^https?:\/\//i.test(text)) title = text;
  else {
    title = entry.title;
    for (const other of entry.titleCell?.links ?? []) {
      if (genericLinkText.test(other.text.trim())) title = title.replace(other.text, ' ');
    }
    title = title.replace(/[\s[\]()|,;]+$/g, '').replace(/\s+/g, ' ').trim();
  }
  const unnumbered = title.replace(/^(?:\d{1,3}[.)]|[-*•●])\s+/u, '');
  const beforeDash = /^(.+?)\s[-–—]\s/u.exec(unnumbered)?.[1]?.trim();
  return [...new Set([title, unnumbered, beforeDash].filter((reading): reading is string => reading !== undefined && reading !== ''))];
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;
