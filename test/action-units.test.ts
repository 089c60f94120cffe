import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLinesFromGitDiff, gitPathOf, hunksOfPatch } from '../src/action/changed-lines.js';
import { buildFindingsFile, parseFindingsFile } from '../src/action/findings-file.js';
import { defaultConfig } from '../src/config/config.js';
import { lintFiles } from '../src/engine/index.js';

/** The pieces of the Action that need no GitHub: diff names and hunks, and the findings file. */

describe('file names in git diff output', () => {
  it.each([
    ['b/README.md', 'b/README.md'],
    ['b/my file.md\t', 'b/my file.md'],
    ['"b/q\\"uote.md"', 'b/q"uote.md'],
    ['"b/back\\\\slash.md"', 'b/back\\slash.md'],
    ['"b/tab\\tx.md"', 'b/tab\tx.md'],
    ['"b/\\350\\256\\272\\346\\226\\207.md"', 'b/论文.md'],
  ])('%s', (text, name) => {
    expect(gitPathOf(text)).toBe(name);
  });

  it('a malformed quoted name is no name', () => {
    expect(gitPathOf('"b/open.md')).toBeUndefined();
    expect(gitPathOf('"b/bad\\q.md"')).toBeUndefined();
  });

  it('reads the changed lines of files git quotes, whether core.quotePath is on or off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-list-names-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' }).stdout;
    git('init', '-q');
    const names = ['论文.md', 'q"uote.md', 'my file.md', 'plain.md'];
    for (const name of names) writeFileSync(join(dir, name), 'a\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    for (const name of names) writeFileSync(join(dir, name), 'a\nb\nc\n');
    for (const quotePath of ['true', 'false']) {
      const changed = changedLinesFromGitDiff(git('-c', `core.quotePath=${quotePath}`, 'diff', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/'));
      expect(new Map([...changed].map(([name, lines]) => [name, [...(lines as Set<number>)]]))).toEqual(new Map(names.map((name) => [name, [2, 3]])));
    }
  });
});

describe('hunks of a pull request patch', () => {
  it('gives the new-side lines of each hunk with their text', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' one', '-two', '+TWO', '+two and a half', ' three', '@@ -10,0 +12,1 @@', '+twelve', '\\ No newline at end of file'].join('\n');
    expect(hunksOfPatch(patch).map((h) => ({ ...h, lines: [...h.lines] }))).toEqual([
      { start: 1, end: 4, lines: [[1, 'one'], [2, 'TWO'], [3, 'two and a half'], [4, 'three']] },
      { start: 12, end: 12, lines: [[12, 'twelve']] },
    ]);
  });

  it('a hunk that only deletes shows no line; text after the counted lines is not taken', () => {
    expect(hunksOfPatch('@@ -3,2 +2,0 @@\n-gone\n-gone too\n')).toEqual([]);
    expect(hunksOfPatch('@@ -1 +1 @@\n-a\n+b\n+not counted').map((h) => [...h.lines])).toEqual([[[1, 'b']]]);
  });
});

describe('the findings file', () => {
  // Rows after the ones under test that have both outer pipes: a missing pipe then breaks the
  // table's habit and is repaired (issue 12), as in the lists these suggestions are made for.
  const habit = ['| [Habit One](https://arxiv.org/abs/2001.00001) | ICML 2020 |', '| [Habit Two](https://arxiv.org/abs/2001.00002) | ICML 2020 |', '| [Habit Three](https://arxiv.org/abs/2001.00003) | ICML 2020 |'];
  const table = (...rows: string[]) => ['| Title | Venue |', '|---|---|', ...rows, ...habit, ''].join('\n');
  const pr = { number: 7, headSha: 'a'.repeat(40) };

  async function findingsOf(text: string) {
    const outcome = await lintFiles({ files: [{ path: 'README.md', text }], config: defaultConfig() });
    const fixed = await lintFiles({ files: [{ path: 'README.md', text }], config: defaultConfig(), fix: {} });
    return { file: await buildFindingsFile(pr, outcome.files, defaultConfig()), fixed: fixed.files[0]?.fixed as string };
  }

  it('two repairs on one line make one suggestion, equal to what --fix makes of the line', async () => {
    const { file, fixed } = await findingsOf(table('[A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021'));
    expect(file.findings.map((f) => f.ruleId)).toEqual(['row-format', 'row-format']);
    const [first, second] = file.findings;
    expect(first?.suggestion).toEqual(second?.suggestion);
    expect(first?.suggestion).toEqual({
      startLine: 3,
      endLine: 3,
      original: ['[A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021'],
      replacement: [fixed.split('\n')[2]],
    });
  });

  it('a byte order mark is not part of any line; CRLF line ends are not part of the lines', async () => {
    const text = `\uFEFF${table('| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '[B] (https://arxiv.org/abs/2101.00002) | ICML 2021 |').replaceAll('\n', '\r\n')}`;
    const { file, fixed } = await findingsOf(text);
    const suggestions = file.findings.filter((f) => f.suggestion).map((f) => f.suggestion);
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0]).toEqual(suggestions[1]);
    expect(suggestions[0]).toEqual({
      startLine: 4,
      endLine: 4,
      original: ['[B] (https://arxiv.org/abs/2101.00002) | ICML 2021 |'],
      replacement: [fixed.split('\r\n')[3]],
    });
    expect(fixed.split('\r\n')[3]).toBe('| [B](https://arxiv.org/abs/2101.00002) | ICML 2021 |');
  });

  it('a file with lone CR line ends gets no suggestion (its lines are not git lines)', async () => {
    const { file } = await findingsOf(table('| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '[B](https://arxiv.org/abs/2101.00002) | ICML 2021 |').replaceAll('\n', '\r'));
    expect(file.findings.length).toBeGreaterThan(0);
    expect(file.findings.every((f) => f.suggestion === undefined)).toBe(true);
  });

  it('what a run writes, review mode reads back as it is', async () => {
    const { file } = await findingsOf(table('[A Paper](https://arxiv.org/abs/2101.00001) | N/A'));
    expect(parseFindingsFile(JSON.stringify(file, null, 1))).toEqual({ file });
  });

  it.each([
    [{ ...{}, kind: 'other' }, 'the file has no'],
    ['[]', 'the file is not an object'],
    ['null', 'the file is not an object'],
    ['{"kind":"lint-list-findings","version":1,"pullRequest":{"number":7,"headSha":"zz"},"findings":[]}', 'pullRequest.headSha is not a commit SHA'],
    ['{"kind":"lint-list-findings","version":1,"pullRequest":{"number":-1,"headSha":"' + 'a'.repeat(40) + '"},"findings":[]}', 'pullRequest.number is not a whole number'],
    ['{"__proto__":{"polluted":1},"kind":"lint-list-findings","version":1,"pullRequest":{"number":7,"headSha":"' + 'a'.repeat(40) + '"},"findings":[]}', "the file has an unknown key '__proto__'"],
  ])('refuses %j', (input, why) => {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    const parsed = parseFindingsFile(text);
    expect('error' in parsed && parsed.error).toContain(why);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
