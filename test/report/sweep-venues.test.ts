import type { Nodes, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { PaperCounts } from '../../src/engine/index.js';
import type { LinkResult } from '../../src/links/types.js';
import { defaultSweepLimitChars, formatSweepReport, type SweepSuggestion } from '../../src/report/summary.js';

// Issue 14: the sweep's tracking issue (and the maintenance pull request's body) lists outdated
// venues, the venues and links found for rows without one, and with `fix`, those written.

const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const textOf = (node: Nodes): string =>
  'children' in node ? node.children.map((child) => textOf(child)).join('') : node.type === 'html' ? node.value.replace(/^<br>$/, '\n') : 'value' in node ? node.value : '';

/** The tables of a markdown text, as rows of cell texts. */
function tablesOf(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children.filter((node): node is Table => node.type === 'table').map((table) => table.children.map((row) => row.children.map((c) => textOf(c))));
}

const counts: PaperCounts = { lookedUp: 3, found: 3, nonexistent: 0, unverified: 0 };
const noProblems = { papers: counts, paperProblems: { titleMismatches: [], nonexistent: [] } };

const outdated: SweepSuggestion[] = [
  {
    path: 'README.md',
    line: 30,
    ruleId: 'venue-outdated',
    title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
    venue: 'arXiv',
    suggestion: { text: 'ICLR 2023', source: 'dblp', url: 'https://dblp.org/rec/conf/iclr/AinsworthHS23' },
    message: "Venue says 'arXiv', but the paper appeared at ICLR 2023 (DBLP).",
    strong: true,
  },
  {
    path: 'README.md',
    line: 12,
    ruleId: 'venue-outdated',
    title: 'Topology of Deep Neural Networks',
    venue: 'Preprint',
    suggestion: { text: 'JMLR 2020', source: 'link' },
    message: "Venue says 'Preprint', but the link is to JMLR 2020.",
    strong: true,
  },
];
const found: SweepSuggestion[] = [
  {
    path: 'README.md',
    line: 41,
    ruleId: 'missing-link',
    title: 'Similarity and Matching of Neural Network Representations',
    suggestion: { text: 'https://arxiv.org/abs/2110.14633', source: 'arxiv', url: 'https://arxiv.org/abs/2110.14633' },
    message: "No link: arXiv 2110.14633 has this exact title.",
    strong: true,
  },
  {
    path: 'README.md',
    line: 40,
    ruleId: 'missing-venue',
    title: 'Deep Sets',
    venue: 'N/A',
    suggestion: { text: 'NeurIPS 2017', source: 'dblp' },
    message: "Venue is 'N/A': possibly NeurIPS 2017 (DBLP).",
    strong: false,
  },
];

describe('formatSweepReport with outdated venues and venues and links found', () => {
  const full = md(
    '## lint-list paper check',
    '',
    '3 papers looked up: 3 found, 0 not found, 0 unverified; 0 title mismatches. 2 outdated venues; 1 venue and 1 link found for rows without one.',
    '',
    'No title mismatches or nonexistent paper ids.',
    '',
    '### Outdated venues (2)',
    '',
    "The list names a preprint, but the paper has appeared since. Strong evidence: `--fix` (the Action's `fix: true`) writes it.",
    '',
    '| Where | Title | Venue in the list | Appeared at | Evidence | Source | URL |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '| README.md:12 | Topology of Deep Neural Networks | Preprint | JMLR 2020 | strong | the link itself |  |',
    '| README.md:30 | Git Re-Basin: Merging Models modulo Permutation Symmetries | arXiv | ICLR 2023 | strong | DBLP | https://dblp.org/rec/conf/iclr/AinsworthHS23 |',
    '',
    '### Venues and links found (2)',
    '',
    'Rows without a venue or a link, and what the sources found for them. Strong evidence: `--fix` writes it; weak: check by hand.',
    '',
    '| Where | Title | Missing | Found | Evidence | Source | URL |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '| README.md:40 | Deep Sets | venue | NeurIPS 2017 | weak | DBLP |  |',
    '| README.md:41 | Similarity and Matching of Neural Network Representations | link | https://arxiv.org/abs/2110.14633 | strong | arXiv | https://arxiv.org/abs/2110.14633 |',
  );

  it('lists each kind by place after the problems, with the row, what was found, how strong, from where', () => {
    expect(formatSweepReport(undefined, { ...noProblems, outdated, found })).toBe(full);
    expect(formatSweepReport(undefined, { ...noProblems, outdated: [...outdated].reverse(), found: [...found].reverse() })).toBe(full);
  });

  it('without any, counts none and shows no table; without the option, says nothing of them', () => {
    expect(formatSweepReport(undefined, { ...noProblems, outdated: [], found: [] })).toBe(
      md(
        '## lint-list paper check',
        '',
        '3 papers looked up: 3 found, 0 not found, 0 unverified; 0 title mismatches. 0 outdated venues; 0 venues and 0 links found for rows without one.',
        '',
        'No title mismatches or nonexistent paper ids.',
      ),
    );
    expect(formatSweepReport(undefined, noProblems)).not.toContain('venues');
  });

  it('a finding that names nothing found shows its message; an unknown source is shown as it is', () => {
    const text = formatSweepReport(undefined, {
      outdated: [{ path: 'README.md', line: 3, ruleId: 'venue-outdated', title: 'A Paper', venue: 'arXiv', message: 'Venue says arXiv, but the paper has appeared.', strong: false }],
      found: [{ ...(found[1] as SweepSuggestion), suggestion: { text: 'ICML 2020', source: 'someIndex' } }],
    });
    const [table, second] = tablesOf(text);
    expect(table?.[1]).toEqual(['README.md:3', 'A Paper', 'arXiv', 'Venue says arXiv, but the paper has appeared.', 'weak', '', '']);
    expect(second?.[1]?.[5]).toBe('someIndex');
  });

  it('with fix: names the files repaired and lists the venues and links written', () => {
    const written: SweepSuggestion[] = [{ ...(outdated[0] as SweepSuggestion), venue: 'ICLR 2023' }, { ...(found[0] as SweepSuggestion) }];
    const text = formatSweepReport(undefined, { ...noProblems, outdated: [], found: [found[1] as SweepSuggestion], repairs: { files: ['README.md'], written } });
    expect(text).toContain(
      '\n\n`fix` repaired README.md: 1 venue and 1 link written (listed below); any other change is a formatting repair or a permanent redirect.\n\n',
    );
    const tables = tablesOf(text);
    expect(tables[0]).toEqual([
      ['Where', 'Title', 'Written', 'Source', 'URL'],
      ['README.md:30', 'Git Re-Basin: Merging Models modulo Permutation Symmetries', 'ICLR 2023', 'DBLP', 'https://dblp.org/rec/conf/iclr/AinsworthHS23'],
      ['README.md:41', 'Similarity and Matching of Neural Network Representations', 'https://arxiv.org/abs/2110.14633', 'arXiv', 'https://arxiv.org/abs/2110.14633'],
    ]);
    expect(text.indexOf('### Venues and links written (2)')).toBeLessThan(text.indexOf('### Venues and links found (1)'));
    expect(formatSweepReport(undefined, { repairs: { files: ['README.md', 'docs/b.md'], written: [] } })).toContain(
      '`fix` repaired README.md and docs/b.md (formatting repairs and permanent redirects).',
    );
    expect(formatSweepReport(undefined, { repairs: { files: [], written: [] } })).toContain('`fix`: nothing to repair.');
    const many = formatSweepReport(undefined, { repairs: { files: Array.from({ length: 25 }, (_, i) => `list-${i}.md`), written: [] } });
    expect(many).toContain('list-19.md and 5 more files (formatting');
    expect(many).not.toContain('list-20.md');
  });

  it('hostile titles, venues, suggestions, sources and URLs neither break the table, nor turn into markup, nor notify anyone', () => {
    const title = 'Evil | **bold** <img src=x onerror=alert(1)> [click](https://evil.example/) @octocat #12\nsecond line';
    const venue = 'arXiv | </td> @team';
    const suggestionText = 'ICML 2023 @maintainer <script>alert(1)</script> `x` | #34';
    const url = 'javascript:alert(1)//@admin #56 [x](y)';
    const hostile: SweepSuggestion = {
      path: 'a|b.md',
      line: 3,
      ruleId: 'venue-outdated',
      title,
      venue,
      suggestion: { text: suggestionText, source: '@source | <b>', url },
      message: 'm',
      strong: true,
    };
    const text = formatSweepReport(undefined, { outdated: [hostile], found: [{ ...hostile, ruleId: 'missing-link' }], repairs: { files: ['@who|#7.md'], written: [hostile] } });
    const tables = tablesOf(text);
    expect(tables.map((table) => table.map((row) => row.length))).toEqual([
      [5, 5],
      [7, 7],
      [7, 7],
    ]);
    const quiet = (s: string) => s.replace(/([@#])(?=[A-Za-z0-9])/g, '$1\u200b');
    expect(tables[1]?.[1]).toEqual(['a|b.md:3', quiet(title), quiet(venue), quiet(suggestionText), 'strong', quiet('@source | <b>'), quiet(url)]);
    expect(tables[0]?.[1]).toEqual(['a|b.md:3', quiet(title), quiet(suggestionText), quiet('@source | <b>'), quiet(url)]);
    // Every < and [ is escaped (but for the <br> that stands for the line break): no HTML, no link.
    expect(text.replaceAll('<br>', '')).not.toMatch(/(?<!\\)[<[]/);
    expect(text).not.toMatch(/@octocat|@team|@maintainer|@admin|@source|@who|#12|#34|#56|#7/);
    // A plain URL stays a link, as written.
    const plain = formatSweepReport(undefined, { found: [{ ...hostile, title: 'T', suggestion: { text: 'https://arxiv.org/abs/2110.14633', source: 'arxiv', url: 'https://arxiv.org/abs/2110.14633v2' } }] });
    expect(plain).toContain('| https://arxiv.org/abs/2110.14633 | strong | arXiv | https://arxiv.org/abs/2110.14633v2 |');
  });
});

describe('the size bound', () => {
  const row = (i: number, ruleId: string): SweepSuggestion => ({
    path: 'README.md',
    line: i + 1,
    ruleId,
    title: `A Row Title That Goes On For A While, Number ${i}`,
    venue: 'arXiv',
    suggestion: { text: 'NeurIPS 2021', source: 'dblp', url: `https://dblp.org/rec/conf/nips/Paper${i}` },
    message: 'm',
    strong: i % 2 === 0,
  });
  const dead: LinkResult = { url: 'https://b.org/gone', verdict: 'dead', status: 404, reason: 'HTTP 404', occurrences: [{ path: 'README.md', line: 9, column: 3 }] };
  const unverified: LinkResult = { url: 'https://slow.org/x', verdict: 'unverified', reason: 'timed out', occurrences: [{ path: 'README.md', line: 8, column: 3 }] };

  it('stays under the issue body limit however many rows, dropping found rows before outdated venues, and names what it dropped', () => {
    const manyOutdated = Array.from({ length: 300 }, (_, i) => row(i, 'venue-outdated'));
    const manyFound = Array.from({ length: 1500 }, (_, i) => row(i, 'missing-venue'));
    const text = formatSweepReport([dead, unverified], { ...noProblems, outdated: manyOutdated, found: manyFound });
    expect(text.length).toBeLessThanOrEqual(defaultSweepLimitChars);
    expect(text.length).toBeGreaterThan(defaultSweepLimitChars - 400);
    const [deadTable, outdatedTable, foundTable] = tablesOf(text);
    expect(deadTable).toHaveLength(2);
    expect(outdatedTable).toHaveLength(301);
    const shown = (foundTable?.length ?? 1) - 1;
    expect(shown).toBeGreaterThan(0);
    expect(text.trimEnd().split('\n').at(-1)).toBe(`…and ${1500 - shown} more venues or links found and 1 more link not shown (limit of GitHub issue bodies)`);
  });

  it('drops the venues and links written last among them, keeping the problems', () => {
    const written = Array.from({ length: 2000 }, (_, i) => row(i, 'venue-outdated'));
    const text = formatSweepReport([dead], { ...noProblems, outdated: [row(1, 'venue-outdated')], repairs: { files: ['README.md'], written } });
    expect(text.length).toBeLessThanOrEqual(defaultSweepLimitChars);
    const [deadTable, writtenTable] = tablesOf(text);
    expect(deadTable).toHaveLength(2);
    const shown = (writtenTable?.length ?? 1) - 1;
    expect(text.trimEnd().split('\n').at(-1)).toBe(`…and ${2000 - shown} more venues or links written and 1 more outdated venue not shown (limit of GitHub issue bodies)`);
  });

  it('a single enormous title is dropped, never cut through', () => {
    const huge = { ...row(0, 'missing-venue'), title: 'x'.repeat(100_000) };
    const text = formatSweepReport(undefined, { found: [huge] });
    expect(text.length).toBeLessThanOrEqual(defaultSweepLimitChars);
    expect(text.trimEnd().split('\n').at(-1)).toBe('…and 1 more venue or link found not shown (limit of GitHub issue bodies)');
  });
});
