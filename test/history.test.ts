import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import type { Finding } from '../src/rules/types.js';
import { historyFile, unirepsDir } from './helpers/paths.js';

const lint = (commit: string) => lintText(`README.${commit}.md`, readFileSync(historyFile(commit), 'utf8')).messages;
/** The findings on a line, as a person sees them (the repair, if any, is tested with --fix). */
const on = (messages: Finding[], line: number, ruleId?: string) =>
  messages.filter((m) => m.line === line && (ruleId === undefined || m.ruleId === ruleId)).map(({ fix: _fix, ...seen }) => seen);

describe('real contributor mistakes from the UniReps history', () => {
  it('c3cab38:66 — a space between ] and ( breaks the link', () => {
    expect(on(lint('c3cab38'), 66, 'link-syntax')).toEqual([
      {
        ruleId: 'link-syntax', severity: 'error', line: 66, column: 3, endLine: 66, endColumn: 122,
        message: "A space between ']' and '(' breaks the link: write [Title](url) with nothing between ']' and '('.",
      },
    ]);
    // The broken link is a link-syntax problem, not a missing link.
    expect(on(lint('c3cab38'), 66, 'missing-link')).toEqual([]);
  });

  it('0740ac1:90 — the URL typed inside the brackets', () => {
    expect(on(lint('0740ac1'), 90, 'link-syntax')).toEqual([
      {
        ruleId: 'link-syntax', severity: 'error', line: 90, column: 3, endLine: 90, endColumn: 106,
        message: "The URL is inside the square brackets: write [Title](url), the text in '[ ]' and the URL right after it in '( )'.",
      },
    ]);
  });

  it('0740ac1:120 — a link target that is the title again, not a URL', () => {
    expect(on(lint('0740ac1'), 120, 'link-syntax')).toEqual([
      {
        ruleId: 'link-syntax', severity: 'error', line: 120, column: 3, endLine: 120, endColumn: 129,
        message: "The link target 'Loss Surfaces, Mode Connectivity, and F…' is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/…).",
      },
    ]);
  });

  it('5ed135f:75 — a | inside the link text tears the link over two cells', () => {
    expect(on(lint('5ed135f'), 75)).toEqual([
      {
        ruleId: 'row-format', severity: 'error', line: 75, column: 2, endLine: 75, endColumn: 177,
        message: "A '|' inside the link text splits the link over two cells: remove the '|' from the link text or write it as '\\|'.",
      },
    ]);
  });

  it('65c6394:184 — a title left in link brackets with no URL, and a spaced arXiv category', () => {
    expect(on(lint('65c6394'), 184).map(({ ruleId, severity, column, message }) => ({ ruleId, severity, column, message }))).toEqual([
      {
        ruleId: 'link-syntax', severity: 'error', column: 3,
        message: "'[Measuring the Instability of Fine-Tuning]' is in link brackets but has no URL: write [Title](https://…) with the paper's address, or remove the brackets.",
      },
      { ruleId: 'venue-format', severity: 'warning', column: 54, message: "The arXiv category 'cs. CL' has a space in it: write [cs.CL]." },
    ]);
  });

  it('efefe77:70/71 — one arXiv URL on two different papers', () => {
    const messages = lint('efefe77');
    expect(on(messages, 70, 'duplicate-link')).toEqual([]);
    expect(on(messages, 71, 'duplicate-link')).toEqual([
      {
        ruleId: 'duplicate-link', severity: 'error', line: 71, column: 3, endLine: 71, endColumn: 71,
        message: "This link points at arXiv 2110.14633, which line 70 already uses for 'Similarity and Matching of Neural Network Representations': either the same paper listed twice under another title (keep one row), or a wrong link (link this row to its own paper).",
      },
    ]);
  });

  it('efefe77:75 — the venue swallowed into the link text leaves the row one cell short', () => {
    expect(on(lint('efefe77'), 75).map(({ ruleId, severity, message }) => ({ ruleId, severity, message }))).toEqual([
      {
        ruleId: 'row-format', severity: 'error',
        message: "Row has 1 cell but the header has 2: the 'Venue' cell is missing. Add it at the end of the row, each after a '|'.",
      },
      {
        ruleId: 'missing-venue', severity: 'error',
        message: "This row has no venue cell: add '| venue |' with where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.",
      },
    ]);
  });

  it('efefe77:76 — an arXiv category that does not exist', () => {
    expect(on(lint('efefe77'), 76)).toEqual([
      {
        ruleId: 'venue-format', severity: 'warning', line: 76, column: 89, endLine: 76, endColumn: 96,
        message: 'arXiv has no category \'cs.ML\': did you mean [cs.LG] or [stat.ML]?',
      },
    ]);
  });
});

describe('all 24 versions of the list', () => {
  const versions = readdirSync(`${unirepsDir}history`).filter((name) => name.endsWith('.md'));

  it('are all here', () => {
    expect(versions).toHaveLength(24);
  });

  it.each(versions)('%s: every finding lies inside the file and names a known rule', (name) => {
    const text = readFileSync(`${unirepsDir}history/${name}`, 'utf8');
    const lines = text.split('\n');
    for (const m of lintText(name, text).messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.endLine).toBeGreaterThanOrEqual(m.line);
      expect(m.endLine).toBeLessThanOrEqual(lines.length);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeLessThanOrEqual((lines[m.line - 1]?.length ?? 0) + 1);
      expect(m.endColumn).toBeLessThanOrEqual((lines[m.endLine - 1]?.length ?? 0) + 1);
      expect(m.message).toMatch(/: .+/);
    }
  });

  it('never report a duplicate on the lists that have none', () => {
    const clean = ['86247a9', '6bd509f', 'c659b5d', '2b5fa91', '92e4dac'];
    for (const commit of clean) {
      expect(lint(commit).filter((m) => m.ruleId.startsWith('duplicate-'))).toEqual([]);
    }
  });
});
