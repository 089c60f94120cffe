import type { Facts, PaperFacts } from '../facts.js';
import { linkKey, paperIdOf } from '../identity/paper-id.js';
import { linksInScope } from '../parse/links-in-scope.js';
import type { ListModel } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import type { FileResult, Severity } from '../rules/types.js';

/**
 * What a `--metadata` run found out about the papers, for reports: how many papers were looked up
 * and what became of them (the stylish footer, the job summary), and the findings the sweep's
 * tracking issue lists beside the dead links, with what a person needs to read them (both titles,
 * the id that does not exist). Read from the facts and from the findings as reported, so a finding
 * switched off (by config or an inline comment) is in no list.
 */

/** How many distinct papers the sources were asked about (cached answers included), by outcome. */
export interface PaperCounts {
  lookedUp: number;
  /** A source holds the paper. */
  found: number;
  /** A source answered and holds no such paper (or the id cannot exist). */
  nonexistent: number;
  /** No source answered usably: not judged, never an error. */
  unverified: number;
}

/** A `title-mismatch` finding with the two titles it compares. */
export interface TitleMismatch {
  path: string;
  line: number;
  severity: Severity;
  /** The row's title as it reads. */
  rowTitle: string;
  /** The paper the row's link names: its id as people read it (`arXiv 2209.04836`) and its title there. */
  linked: { label: string; title: string };
}

/**
 * A paper id that does not exist, as `dead-link` reports it from the sources' answers. An id whose
 * link the link check already found dead is not one: the dead links list it.
 */
export interface NonexistentPaper {
  /** As people read it: `arXiv 2110.99999`. */
  label: string;
  /** What says so: `arXiv has no paper 2110.99999`. */
  reason: string;
  /** Where it is linked, in document order. */
  places: Array<{ path: string; line: number }>;
}

export interface PaperProblems {
  titleMismatches: TitleMismatch[];
  nonexistent: NonexistentPaper[];
}

export function countPapers(papers: PaperFacts): PaperCounts {
  const counts: PaperCounts = { lookedUp: 0, found: 0, nonexistent: 0, unverified: 0 };
  for (const fact of papers.values()) {
    counts.lookedUp += 1;
    counts[fact.status] += 1;
  }
  return counts;
}

/** The title mismatches and nonexistent ids among `files`' findings; `models` are the lists they were found in, in the same order. */
export function paperProblemsOf(models: readonly ListModel[], files: readonly FileResult[], facts: Facts): PaperProblems {
  const titleMismatches: TitleMismatch[] = [];
  const nonexistent = new Map<string, NonexistentPaper>();
  const papers = facts.papers;
  if (!papers) return { titleMismatches, nonexistent: [] };
  for (const [i, file] of files.entries()) {
    const model = models[i];
    if (!model) continue;
    const at = (finding: { line: number; column: number }) => `${finding.line}:${finding.column}`;
    const mismatchesAt = new Map(file.messages.filter((m) => m.ruleId === 'title-mismatch').map((m) => [at(m), m]));
    const deadAt = new Set(file.messages.filter((m) => m.ruleId === 'dead-link' && m.severity === 'error').map(at));

    if (mismatchesAt.size > 0) {
      // The rule reports at the link whose paper has another title; the model tells which row and paper that is.
      for (const entry of model.papers) {
        for (const { id, link } of entry.ids) {
          const record = papers.get(id.key)?.record;
          const finding = mismatchesAt.get(at(link.start));
          if (!record || !finding) continue;
          titleMismatches.push({
            path: file.path,
            line: link.start.line,
            severity: finding.severity,
            rowTitle: entry.title,
            linked: { label: id.label, title: record.title },
          });
        }
      }
    }

    if (deadAt.size > 0) {
      // The places dead-link reads (links in scope): those whose paper does not exist and whose page was not found dead.
      for (const place of linksInScope(model, facts.links?.scope ?? 'tables')) {
        const paperId = paperIdOf(place.url);
        const fact = paperId && papers.get(paperId.key);
        if (!paperId || fact?.status !== 'nonexistent') continue;
        const key = linkKey(place.url);
        if (key !== undefined && facts.links?.verdicts.get(key)?.verdict === 'dead') continue;
        const start = pointAt(model.lineStarts, place.start);
        if (!deadAt.has(at(start))) continue;
        const paper = nonexistent.get(paperId.key) ?? { label: paperId.label, reason: fact.reason ?? `${paperId.label} does not exist`, places: [] };
        paper.places.push({ path: file.path, line: start.line });
        nonexistent.set(paperId.key, paper);
      }
    }
  }
  return { titleMismatches, nonexistent: [...nonexistent.values()] };
}
