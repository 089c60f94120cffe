import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import type { Facts, LinkVerdict, PaperFact } from '../src/facts.js';
import { linkKey } from '../src/identity/paper-id.js';
import { rules } from '../src/rules/index.js';
import { repoRoot } from './helpers/paths.js';

// Every rule's bad and good example in the README is run: the bad one gives findings of that rule
// and of no other, the good one gives none. The docs cannot drift from what lint-list does.

const readme = readFileSync(`${repoRoot}README.md`, 'utf8');

/** The first ```markdown block of the README section `### id`, split at its `<!-- good` comment. */
function examplesOf(ruleId: string): { bad: string; good: string } {
  const section = readme.split(/^### /m).find((part) => part.startsWith(`${ruleId}\n`));
  if (!section) throw new Error(`README has no section '### ${ruleId}'`);
  const block = /```markdown\n([^]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`README section ${ruleId} has no markdown example`);
  const [bad = '', good = ''] = block.split(/^<!-- good.*-->$/m);
  return { bad: asTable(bad.replace(/^<!-- bad.*-->\n/m, '')), good: asTable(good) };
}

/** Rows shown without their header are read under `| Title | Venue |`, as the README says. */
function asTable(rows: string): string {
  const trimmed = `${rows.trim()}\n`;
  return /^\|?[ :-]+\|/m.test(trimmed) ? trimmed : `| Title | Venue |\n|---|---|\n${trimmed}`;
}

/** dead-link reads link verdicts: the bad example's links are dead (404), the good one's alive. */
function verdicts(text: string, verdict: LinkVerdict['verdict']): Facts {
  const entries = [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m): [string, LinkVerdict] => [
    linkKey(m[1] as string) as string,
    { url: m[1] as string, verdict, ...(verdict === 'dead' ? { status: 404 } : { status: 200 }) },
  ]);
  return { links: { scope: 'tables', verdicts: new Map(entries) } };
}

/** Rules that read paper metadata get the records the examples' arXiv ids name. */
const papers: Facts = {
  papers: new Map<string, PaperFact>(
    [
      ['2110.14633', 'Similarity and Matching of Neural Network Representations'],
      ['2004.06093', 'Topology of Deep Neural Networks'],
    ].map(([id, title]) => [`arxiv:${id}`, { status: 'found', record: { source: 'arxiv', id: id as string, title: title as string, ids: { arxiv: id as string } } }]),
  ),
};

describe('the README examples of every rule', () => {
  it.each(rules.map((rule) => [rule.id, rule.meta.needs.includes('links'), rule.meta.needs.includes('metadata')] as const))('%s', (ruleId, needsLinks, needsPapers) => {
    const { bad, good } = examplesOf(ruleId);
    const facts = (text: string, verdict: LinkVerdict['verdict']): Facts => ({ ...(needsLinks ? verdicts(text, verdict) : {}), ...(needsPapers && !needsLinks ? papers : {}) });
    const badFindings = lintText('README.md', bad, undefined, facts(bad, 'dead')).messages;
    expect(badFindings.length).toBeGreaterThan(0);
    expect(badFindings.filter((m) => m.ruleId !== ruleId)).toEqual([]);
    expect(lintText('README.md', good, undefined, facts(good, 'alive')).messages).toEqual([]);
  });
});
