import fc from 'fast-check';
import type { Nodes, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../../src/links/types.js';
import { cell, defaultSummaryLimitBytes, defaultSweepLimitChars, formatSummary, formatSweepReport } from '../../src/report/summary.js';
import type { FileResult, Finding } from '../../src/rules/types.js';

const md = (...lines: string[]) => `${lines.join('\n')}\n`;
const finding = (ruleId: string, severity: Finding['severity'], line: number, message: string): Finding =>
  ({ ruleId, severity, line, column: 3, endLine: line, endColumn: 9, message });

/** The text of a node as GitHub shows it (a `<br>` counts as a line break). */
const textOf = (node: Nodes): string =>
  'children' in node ? node.children.map((child) => textOf(child)).join('') : node.type === 'html' ? node.value.replace(/^<br>$/, '\n') : 'value' in node ? node.value : '';

/** The tables of a markdown text, as rows of cell texts. */
function tablesOf(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children.filter((node): node is Table => node.type === 'table').map((table) => table.children.map((row) => row.children.map((c) => textOf(c))));
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('cell', () => {
  it('escapes what would break a table or turn into markdown, and keeps URLs as written', () => {
    expect(cell('a | b\nc\r\nd *e* _f_ `g` [h](i) <b> ~s~ &amp; $x$ \\')).toBe(
      'a \\| b<br>c<br>d \\*e\\* \\_f\\_ \\`g\\` \\[h\\](i) \\<b\\> \\~s\\~ \\&amp; \\$x\\$ \\\\',
    );
    expect(cell('Link is dead (HTTP 404): https://arxiv.org/abs/2209.04836v2_x — find it.')).toBe(
      'Link is dead (HTTP 404): https://arxiv.org/abs/2209.04836v2_x — find it.',
    );
    expect(cell('see https://a.org/x*y|z, (https://a.org/a_b*c*), xhttp://a.org/_b_ and www.a.org/_c_')).toBe(
      'see https\\://a.org/x\\*y\\|z, (https://a.org/a_b*c*), xhttp\\://a.org/\\_b\\_ and www\\.a.org/\\_c\\_',
    );
  });

  it('reads back as the same text in one cell, whatever the text (read by remark-gfm, a GFM parser)', () => {
    const alphabet = fc.constantFrom(...'ab |\\`*_[]()<>!~&#$;:/.\n\r\t-=+\'"é😀'.split(''), 'http://x.org/', 'https://', 'HTTPS://A.ORG', 'ftp://x.org', 'www.x.org', 'a@b.org', '&amp;', '&#42;', '<br>', '<b>', '  ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const tables = tablesOf(md('| a | b |', '| --- | --- |', `| ${cell(text)} | end |`));
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/^[ \t]+|[ \t]+$/g, '');
        expect(tables).toEqual([[['a', 'b'], [expected, 'end']]]);
      }),
      { numRuns: 3000 },
    );
  });

  it('never breaks the table, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const tables = tablesOf(md('| a | b |', '| --- | --- |', `| ${cell(text)} | end |`));
        expect(tables.length).toBe(1);
        expect(tables[0]?.map((row) => row.length)).toEqual([2, 2]);
        expect(tables[0]?.[1]?.[1]).toBe('end');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatSummary', () => {
  const longMessage = "'Identifiability Results for Multimodal Contrastive Learning' has no link: add the paper's URL in the 'Link' column, or make the title a link.";
  const files: FileResult[] = [
    {
      path: 'README.md',
      messages: [
        finding('row-format', 'error', 15, "Row has no leading '|': add '| ' at the start."),
        finding('venue-format', 'warning', 16, "'Neurips' is written 'NeurIPS'\nelsewhere."),
        finding('link-syntax', 'error', 26, 'write [Title](url) with nothing between'),
      ],
    },
    { path: 'docs/clean.md', messages: [] },
    { path: 'docs/more_papers.md', messages: [finding('missing-link', 'warning', 4, longMessage)] },
  ];
  const links: LinkResult[] = [
    { url: 'https://a.org/', verdict: 'alive', occurrences: [] },
    { url: 'https://b.org/', verdict: 'dead', status: 404, occurrences: [] },
    { url: 'https://c.org/', verdict: 'unverified', occurrences: [] },
  ];

  it('lists the findings by severity, with the totals, the note and the link statistics', () => {
    expect(formatSummary({ files, links, note: 'Only lines changed by this pull request are reported.' })).toBe(
      md(
        '## lint-list',
        '',
        'Only lines changed by this pull request are reported.',
        '',
        '3 files checked: 2 errors, 2 warnings.',
        '',
        '3 links checked: 1 alive, 1 dead, 1 unverified, 0 skipped.',
        '',
        '### Errors (2)',
        '',
        '| File:line | Rule | Message |',
        '| --- | --- | --- |',
        "| README.md:15 | `row-format` | Row has no leading '\\|': add '\\| ' at the start. |",
        '| README.md:26 | `link-syntax` | write \\[Title\\](url) with nothing between |',
        '',
        '### Warnings (2)',
        '',
        '| File:line | Rule | Message |',
        '| --- | --- | --- |',
        "| README.md:16 | `venue-format` | 'Neurips' is written 'NeurIPS'<br>elsewhere. |",
        `| docs/more\\_papers.md:4 | \`missing-link\` | ${longMessage} |`,
      ),
    );
  });

  it('renders tables that read back as the findings', () => {
    const [errors, warnings] = tablesOf(formatSummary({ files }));
    expect(errors).toEqual([
      ['File:line', 'Rule', 'Message'],
      ['README.md:15', 'row-format', "Row has no leading '|': add '| ' at the start."],
      ['README.md:26', 'link-syntax', 'write [Title](url) with nothing between'],
    ]);
    expect(warnings).toEqual([
      ['File:line', 'Rule', 'Message'],
      ['README.md:16', 'venue-format', "'Neurips' is written 'NeurIPS'\nelsewhere."],
      ['docs/more_papers.md:4', 'missing-link', longMessage],
    ]);
  });

  it('says so when there is nothing to report, under the heading given', () => {
    expect(formatSummary({ files: [{ path: 'README.md', messages: [] }], heading: 'Papers list', links: [] })).toBe(
      md('## Papers list', '', '1 file checked: no problems.', '', '0 links checked: 0 alive, 0 dead, 0 unverified, 0 skipped.'),
    );
  });

  it('drops rows from the end, warnings first, and says how many', () => {
    const full = formatSummary({ files });
    const withoutLast = full.slice(0, full.indexOf('| docs/more'));
    const cutLine = '…and 1 more finding (0 errors, 1 warning) not shown (limit of job summaries); the full list is in the job log.';
    const limit = Buffer.byteLength(`${withoutLast}\n${cutLine}\n`);
    expect(formatSummary({ files }, limit)).toBe(`${withoutLast}\n${cutLine}\n`);
    expect(formatSummary({ files }, limit - 1)).toBe(
      md(
        '## lint-list',
        '',
        '3 files checked: 2 errors, 2 warnings.',
        '',
        '### Errors (2)',
        '',
        '| File:line | Rule | Message |',
        '| --- | --- | --- |',
        "| README.md:15 | `row-format` | Row has no leading '\\|': add '\\| ' at the start. |",
        '| README.md:26 | `link-syntax` | write \\[Title\\](url) with nothing between |',
        '',
        '…and 2 more findings (0 errors, 2 warnings) not shown (limit of job summaries); the full list is in the job log.',
      ),
    );
    expect(lastLine(formatSummary({ files }, 10))).toBe('…and 4 more findings (2 errors, 2 warnings) not shown (limit of job summaries); the full list is in the job log.');
  });

  it('stays under 1 MiB less the margin however many findings there are, counting UTF-8 bytes', () => {
    const message = 'Venue is ‘N/A’: write where the paper appeared — e.g. NeurIPS 2023 | arXiv [cs.LG] — 日本語のタイトル.';
    const many = (path: string, severity: Finding['severity'], count: number): FileResult => ({
      path,
      messages: Array.from({ length: count }, (_, i) => finding(severity === 'error' ? 'missing-venue' : 'venue-format', severity, i + 1, message)),
    });
    const input = { files: [many('README.md', 'error', 3000), many('docs/list.md', 'warning', 6000), many('docs/more.md', 'error', 2000)] };
    const total = 11_000;
    const text = formatSummary(input);
    const bytes = Buffer.byteLength(text);
    expect(defaultSummaryLimitBytes).toBe(1_048_576 - 16_384);
    expect(bytes).toBeLessThanOrEqual(defaultSummaryLimitBytes);
    const rowBytes = Buffer.byteLength(`| docs/list.md:5999 | \`venue-format\` | ${cell(message)} |\n`);
    expect(bytes).toBeGreaterThan(defaultSummaryLimitBytes - rowBytes);
    const rowLines = (path: string) => text.split('\n').filter((line) => line.startsWith(`| ${path}:`));
    const shownErrors = rowLines('README.md').length + rowLines('docs/more.md').length;
    const shownWarnings = rowLines('docs/list.md').length;
    expect(text.split('\n').filter((line) => line.startsWith('| ')).length).toBe(shownErrors + shownWarnings + 4);
    expect(shownErrors).toBe(5000);
    expect(shownWarnings).toBeGreaterThan(0);
    expect(shownWarnings).toBeLessThan(6000);
    expect(rowLines('docs/list.md').at(-1)).toBe(`| docs/list.md:${shownWarnings} | \`venue-format\` | ${cell(message)} |`);
    const cut = total - shownErrors - shownWarnings;
    expect(lastLine(text)).toBe(`…and ${cut} more findings (0 errors, ${cut} warnings) not shown (limit of job summaries); the full list is in the job log.`);
    expect(text.startsWith(md('## lint-list', '', '3 files checked: 5000 errors, 6000 warnings.', '', '### Errors (5000)'))).toBe(true);

    const errorsOnly = { files: [many('README.md', 'error', 12_000)] };
    const cutErrors = formatSummary(errorsOnly);
    expect(Buffer.byteLength(cutErrors)).toBeLessThanOrEqual(defaultSummaryLimitBytes);
    const left = 12_000 - cutErrors.split('\n').filter((line) => line.startsWith('| README.md:')).length;
    expect(left).toBeGreaterThan(0);
    expect(lastLine(cutErrors)).toBe(`…and ${left} more findings (${left} errors, 0 warnings) not shown (limit of job summaries); the full list is in the job log.`);
    expect(cutErrors).not.toContain('### Warnings');
  });
});

describe('formatSweepReport', () => {
  const links: LinkResult[] = [
    { url: 'https://b.org/gone', verdict: 'dead', status: 404, reason: 'HTTP 404', occurrences: [{ path: 'README.md', line: 40, column: 3 }, { path: 'README.md', line: 12, column: 3 }] },
    { url: 'https://a.org/loop', verdict: 'dead', status: 301, reason: 'redirect loop', occurrences: [{ path: 'README.md', line: 30, column: 5 }] },
    { url: 'https://c.org/x', verdict: 'dead', status: 503, occurrences: [{ path: 'docs/a.md', line: 1, column: 1 }] },
    { url: 'https://d.org/refused', verdict: 'dead', occurrences: [{ path: 'README.md', line: 30, column: 2 }] },
    { url: 'https://www.sciencedirect.com/science/article/pii/S1', verdict: 'unverified', status: 403, reason: 'HTTP 403', occurrences: [{ path: 'README.md', line: 7, column: 9 }] },
    { url: 'https://slow.org/paper|1', verdict: 'unverified', reason: 'timeout', occurrences: [{ path: 'README.md', line: 50, column: 9 }] },
    { url: 'http://old.org/p', verdict: 'alive', status: 200, permanentRedirect: true, finalUrl: 'https://new.org/p', rewriteTo: 'https://new.org/p', occurrences: [{ path: 'README.md', line: 60, column: 3 }] },
    { url: 'https://e.org/', verdict: 'alive', status: 200, occurrences: [{ path: 'README.md', line: 2, column: 3 }] },
    { url: 'https://f.org/', verdict: 'alive', status: 200, permanentRedirect: false, finalUrl: 'https://f.org/home', occurrences: [{ path: 'README.md', line: 3, column: 3 }] },
    { url: 'https://excluded.org/', verdict: 'skipped', reason: 'excluded by config', occurrences: [{ path: 'README.md', line: 4, column: 3 }] },
  ];
  const full = md(
    '## Link check 2025-06-01',
    '',
    '10 links checked: 3 alive, 4 dead, 2 unverified, 1 skipped; 1 permanent redirect. Found by [this workflow run](https://github.com/o/r/actions/runs/42).',
    '',
    '### Dead links (4)',
    '',
    '| URL | Reason | Where |',
    '| --- | --- | --- |',
    '| https://b.org/gone | HTTP 404 | README.md:12, README.md:40 |',
    '| https://d.org/refused | no answer | README.md:30 |',
    '| https://a.org/loop | redirect loop (HTTP 301) | README.md:30 |',
    '| https://c.org/x | HTTP 503 | docs/a.md:1 |',
    '',
    '### Unverified links (2)',
    '',
    'Could not verify — bot walls, timeouts; check by hand.',
    '',
    '| URL | Reason | Where |',
    '| --- | --- | --- |',
    '| https://www.sciencedirect.com/science/article/pii/S1 | HTTP 403 | README.md:7 |',
    '| https\\://slow.org/paper\\|1 | timeout | README.md:50 |',
    '',
    '### Permanent redirects (1)',
    '',
    '| URL | Redirects to | Where |',
    '| --- | --- | --- |',
    '| http://old.org/p | https://new.org/p | README.md:60 |',
  );

  it('lists dead links, unverified links and permanent redirects, each by first occurrence', () => {
    const options = { heading: 'Link check 2025-06-01', runUrl: 'https://github.com/o/r/actions/runs/42' };
    expect(formatSweepReport(links, options)).toBe(full);
    expect(formatSweepReport([...links].reverse(), options)).toBe(full);
  });

  it('has a default heading, no run link unless given, and says when all is well', () => {
    expect(formatSweepReport([links[7] as LinkResult])).toBe(
      md('## lint-list link check', '', '1 link checked: 1 alive, 0 dead, 0 unverified, 0 skipped; 0 permanent redirects.', '', 'No dead, unverified or permanently redirected links.'),
    );
    expect(formatSweepReport([], { runUrl: 'https://x.org/run (1)' })).toBe(
      md(
        '## lint-list link check',
        '',
        '0 links checked: 0 alive, 0 dead, 0 unverified, 0 skipped; 0 permanent redirects. Found by [this workflow run](<https://x.org/run%20(1)>).',
        '',
        'No dead, unverified or permanently redirected links.',
      ),
    );
  });

  it('drops rows from the end, redirects first, and ends by saying how many', () => {
    const options = { heading: 'Link check 2025-06-01', runUrl: 'https://github.com/o/r/actions/runs/42' };
    const cutAfterUnverified = `${full.slice(0, full.indexOf('\n\n### Permanent redirects'))}\n\n…and 1 more link not shown (limit of GitHub issue bodies)\n`;
    expect(formatSweepReport(links, { ...options, limitChars: cutAfterUnverified.length })).toBe(cutAfterUnverified);
    expect(formatSweepReport(links, { ...options, limitChars: cutAfterUnverified.length - 1 })).toBe(
      `${full.slice(0, full.indexOf('\n| https\\://slow.org'))}\n\n…and 2 more links not shown (limit of GitHub issue bodies)\n`,
    );
  });

  it('stays under the issue body limit however many links are dead', () => {
    const many: LinkResult[] = Array.from({ length: 3000 }, (_, i) => ({
      url: `https://publisher.example.org/articles/${String(i).padStart(5, '0')}/full-text-of-a-paper`,
      verdict: i % 3 === 2 ? 'unverified' : 'dead',
      status: i % 3 === 2 ? 403 : 404,
      reason: i % 3 === 2 ? 'HTTP 403' : 'HTTP 404',
      occurrences: [{ path: 'README.md', line: i + 1, column: 3 }],
    }));
    const text = formatSweepReport(many);
    expect(defaultSweepLimitChars).toBe(64_536);
    expect(text.length).toBeLessThanOrEqual(defaultSweepLimitChars);
    const [dead = []] = tablesOf(text);
    const shown = dead.length - 1;
    expect(tablesOf(text)).toHaveLength(1);
    expect(dead.slice(1).map((row) => row[2])).toEqual(Array.from({ length: shown }, (_, i) => `README.md:${Math.floor(i / 2) * 3 + (i % 2) + 1}`));
    expect(text.length).toBeGreaterThan(defaultSweepLimitChars - 200);
    expect(lastLine(text)).toBe(`…and ${3000 - shown} more links not shown (limit of GitHub issue bodies)`);
  });
});
