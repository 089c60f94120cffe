import type { Nodes, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { PaperCounts, PaperProblems } from '../../src/engine/index.js';
import type { LinkResult } from '../../src/links/types.js';
import { formatStylish, paperSummary } from '../../src/report/stylish.js';
import { defaultSweepLimitChars, formatSummary, formatSweepReport } from '../../src/report/summary.js';

// Issue 13: what a metadata run found, in the stylish footer, the job summary and the sweep's
// tracking issue (title mismatches and nonexistent ids beside the dead links).

const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const textOf = (node: Nodes): string =>
  'children' in node ? node.children.map((child) => textOf(child)).join('') : node.type === 'html' ? node.value.replace(/^<br>$/, '\n') : 'value' in node ? node.value : '';

/** The tables of a markdown text, as rows of cell texts. */
function tablesOf(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children.filter((node): node is Table => node.type === 'table').map((table) => table.children.map((row) => row.children.map((c) => textOf(c))));
}

const counts: PaperCounts = { lookedUp: 4, found: 2, nonexistent: 1, unverified: 1 };
const problems: PaperProblems = {
  titleMismatches: [
    { path: 'README.md', line: 30, severity: 'warning', rowTitle: 'Git Re-Basin', linked: { label: 'arXiv 2209.04836', title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries' } },
    { path: 'README.md', line: 20, severity: 'error', rowTitle: 'Topology of Deep Neural Networks', linked: { label: 'arXiv 2110.14633', title: 'Similarity and Matching of Neural Network Representations' } },
  ],
  nonexistent: [{ label: 'arXiv 2301.99999', reason: 'arXiv has no paper 2301.99999', places: [{ path: 'README.md', line: 25 }, { path: 'README.md', line: 9 }] }],
};
const deadLink: LinkResult = { url: 'https://b.org/gone', verdict: 'dead', status: 404, reason: 'HTTP 404', occurrences: [{ path: 'README.md', line: 12, column: 3 }] };

describe('the paper counts line', () => {
  it('counts papers looked up, found, not found and unverified', () => {
    expect(paperSummary(counts)).toBe('4 papers looked up: 2 found, 1 not found, 1 unverified');
    expect(paperSummary({ lookedUp: 1, found: 0, nonexistent: 0, unverified: 1 })).toBe('1 paper looked up: 0 found, 0 not found, 1 unverified');
  });

  it('is a line of the stylish report after the links line, and only when papers were looked up', () => {
    const files = [{ path: 'README.md', messages: [] }];
    expect(formatStylish(files, { color: false, links: [deadLink], papers: counts })).toBe(
      md('1 link checked: 0 alive, 1 dead, 0 unverified, 0 skipped', '4 papers looked up: 2 found, 1 not found, 1 unverified', '✔ no problems in 1 file'),
    );
    expect(formatStylish(files, { color: false })).toBe(md('✔ no problems in 1 file'));
  });

  it('is a line of the job summary, unverified papers counted', () => {
    expect(formatSummary({ files: [{ path: 'README.md', messages: [] }], papers: counts })).toBe(
      md('## lint-list', '', '1 file checked: no problems.', '', '4 papers looked up: 2 found, 1 not found, 1 unverified.'),
    );
  });
});

describe('formatSweepReport with papers', () => {
  const options = { runUrl: 'https://github.com/o/r/actions/runs/42', papers: counts, paperProblems: problems };
  const full = md(
    '## lint-list link and paper check',
    '',
    '1 link checked: 0 alive, 1 dead, 0 unverified, 0 skipped; 0 permanent redirects. 4 papers looked up: 2 found, 1 not found, 1 unverified; 2 title mismatches. Found by [this workflow run](https://github.com/o/r/actions/runs/42).',
    '',
    '### Dead links (1)',
    '',
    '| URL | Reason | Where |',
    '| --- | --- | --- |',
    '| https://b.org/gone | HTTP 404 | README.md:12 |',
    '',
    '### Paper ids that do not exist (1)',
    '',
    'The service that holds such ids (arXiv, doi.org, OpenReview) has none of these: check the id, or link the paper where it is.',
    '',
    '| Paper | Reason | Where |',
    '| --- | --- | --- |',
    '| arXiv 2301.99999 | arXiv has no paper 2301.99999 | README.md:9, README.md:25 |',
    '',
    '### Title mismatches (2)',
    '',
    "The row's link names a paper with another title. An error: another paper; a warning: a similar title (renamed, or another version?).",
    '',
    '| Where | Title in the list | The link names | Severity |',
    '| --- | --- | --- | --- |',
    '| README.md:20 | Topology of Deep Neural Networks | arXiv 2110.14633: Similarity and Matching of Neural Network Representations | error |',
    '| README.md:30 | Git Re-Basin | arXiv 2209.04836: Git Re-Basin: Merging Models modulo Permutation Symmetries | warning |',
  );

  it('lists nonexistent ids and title mismatches after the dead links, each by place', () => {
    expect(formatSweepReport([deadLink], options)).toBe(full);
  });

  it('without links checked, has no link counts or tables; says when the papers are all well', () => {
    expect(formatSweepReport(undefined, { papers: { lookedUp: 2, found: 2, nonexistent: 0, unverified: 0 }, paperProblems: { titleMismatches: [], nonexistent: [] } })).toBe(
      md('## lint-list paper check', '', '2 papers looked up: 2 found, 0 not found, 0 unverified; 0 title mismatches.', '', 'No title mismatches or nonexistent paper ids.'),
    );
  });

  it('drops rows from the end, title mismatches before nonexistent ids before dead links, and names what it dropped', () => {
    const cutMismatches = `${full.slice(0, full.indexOf('\n\n### Title mismatches'))}\n\n…and 2 more title mismatches not shown (limit of GitHub issue bodies)\n`;
    expect(formatSweepReport([deadLink], { ...options, limitChars: cutMismatches.length })).toBe(cutMismatches);
    const onlyDead = `${full.slice(0, full.indexOf('\n\n### Paper ids'))}\n\n…and 1 more nonexistent paper id and 2 more title mismatches not shown (limit of GitHub issue bodies)\n`;
    expect(formatSweepReport([deadLink], { ...options, limitChars: onlyDead.length })).toBe(onlyDead);
  });

  it('stays under the issue body limit however many titles mismatch', () => {
    const many: PaperProblems = {
      nonexistent: [],
      titleMismatches: Array.from({ length: 2000 }, (_, i) => ({
        path: 'README.md',
        line: i + 1,
        severity: 'error' as const,
        rowTitle: `A Row Title That Goes On For A While Number ${i}`,
        linked: { label: `arXiv 2301.${String(i).padStart(5, '0')}`, title: 'Another Paper Altogether, With A Long Title Of Its Own' },
      })),
    };
    const text = formatSweepReport(undefined, { papers: { lookedUp: 2000, found: 2000, nonexistent: 0, unverified: 0 }, paperProblems: many });
    expect(text.length).toBeLessThanOrEqual(defaultSweepLimitChars);
    expect(text.length).toBeGreaterThan(defaultSweepLimitChars - 300);
    const shown = (tablesOf(text)[0]?.length ?? 1) - 1;
    expect(text.trimEnd().split('\n').at(-1)).toBe(`…and ${2000 - shown} more title mismatches not shown (limit of GitHub issue bodies)`);
  });

  it('hostile titles from a list or a source neither break the table, nor turn into markup, nor notify anyone', () => {
    const rowTitle = 'Evil | **bold** <img src=x onerror=alert(1)> [click](https://evil.example/) @octocat #12\nsecond line';
    const serverTitle = '</td></table><script>alert(1)</script> `code` ~~gone~~ @inproceedings';
    const text = formatSweepReport(undefined, {
      papers: { lookedUp: 1, found: 1, nonexistent: 0, unverified: 0 },
      paperProblems: { nonexistent: [], titleMismatches: [{ path: 'a|b.md', line: 3, severity: 'error', rowTitle, linked: { label: 'arXiv 2301.00001', title: serverTitle } }] },
    });
    const [table] = tablesOf(text);
    expect(table?.map((row) => row.length)).toEqual([4, 4]);
    // Read back, each cell is the text as given (a zero-width space after @ and # keeps mentions and references inert).
    expect(table?.[1]).toEqual(['a|b.md:3', rowTitle.replace(/([@#])/g, '$1\u200b'), `arXiv 2301.00001: ${serverTitle.replace('@', '@\u200b')}`, 'error']);
    // Every < and [ is escaped (but for the <br> that stands for the line break): no HTML, no link.
    expect(text.replaceAll('<br>', '')).not.toMatch(/(?<!\\)[<[]/);
    expect(text).not.toMatch(/@octocat|@inproceedings|#12/);
  });
});
