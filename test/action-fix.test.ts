import { chmodSync, existsSync, lstatSync, readdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { suggestionRecorder, writeRepairedLists } from '../src/action/fix.js';
import { readInputs } from '../src/action/inputs.js';
import { sweepFindingsOf } from '../src/action/suggestions.js';
import { readWithSnapshot } from '../src/atomic-write.js';
import { defaultConfig } from '../src/config/config.js';
import type { FileOutcome } from '../src/engine/index.js';
import type { Finding } from '../src/rules/types.js';
import { gitRepository, runAction } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { send, startServer, type TestServer } from './servers/http.js';

// Issue 14, the Action's part: `fix: true` in a sweep writes the repaired lists into the workspace
// for a following step (a maintenance pull request) and names them in `fixed-files`; never outside
// the workspace, never in a pull request's check. The bundled Action runs against loopback servers.

let api: FakeGitHub;
let links: TestServer;

beforeAll(async () => {
  api = await startFakeGitHub('unireps', 'resources');
  links = await startServer('127.0.0.1', (req, res) => send(res, new URL(req.url ?? '/', 'http://x').pathname.startsWith('/dead') ? 404 : 200));
});
afterAll(async () => {
  await Promise.all([api.close(), links.close()]);
});
beforeEach(() => {
  api.reset();
});

/** Rows with both outer pipes: a row without its leading pipe breaks the table's habit and is repaired. */
const habit = [
  '| [Habit One](https://arxiv.org/abs/2001.00001) | ICML 2020 |',
  '| [Habit Two](https://arxiv.org/abs/2001.00002) | ICML 2020 |',
  '| [Habit Three](https://arxiv.org/abs/2001.00003) | NeurIPS 2020 |',
];
const list = (...rows: string[]) => ['# Papers', '', '| Title | Venue |', '|---|---|', ...habit, ...rows, ''].join('\n');
const missingPipe = '[Missing Pipe Paper](https://arxiv.org/abs/2301.00001) | ICLR 2024 |';
const spacedLink = '| [Spaced Link Paper] (https://arxiv.org/abs/2301.00003) | ICML 2023 |';
/** Two formatting mistakes --fix repairs without any network. */
const broken = () => list(missingPipe, spacedLink);
const repaired = () => list(`| ${missingPipe}`, spacedLink.replace('] (', ']('));

const commands = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));
const workspaceWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-fix-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
/** A scheduled sweep that checks no link and looks up no paper: nothing leaves the machine. */
const sweep = (workspace: string, inputs: Record<string, string> = {}) =>
  runAction({ workspace, eventName: 'schedule', event: {}, inputs: { token: 'ghs_x', links: 'none', metadata: 'none', 'fail-on': 'never', ...inputs }, apiUrl: api.url });

describe('the fix input', () => {
  const read = (inputs: Record<string, string>, eventName: string) => readInputs((name) => inputs[name] ?? '', eventName);

  it('is false unless set; true in sweep mode', () => {
    expect(read({}, 'schedule').fix).toBe(false);
    expect(read({ fix: 'false' }, 'pull_request').fix).toBe(false);
    expect(read({ fix: ' TRUE ' }, 'schedule').fix).toBe(true);
    expect(read({ fix: 'true', mode: 'sweep' }, 'pull_request').fix).toBe(true);
  });

  it('is refused in pr and review modes, and anything but true or false is an input error', () => {
    expect(() => read({ fix: 'true' }, 'pull_request')).toThrow(
      "input 'fix': 'true' works in sweep mode only (this run is in pr mode); in a pull request, review suggestions offer the repairs",
    );
    expect(() => read({ fix: 'true', mode: 'review' }, 'schedule')).toThrow("input 'fix': 'true' works in sweep mode only (this run is in review mode)");
    expect(() => read({ fix: 'yes' }, 'schedule')).toThrow("input 'fix' must be 'true' or 'false'; got 'yes'");
  });
});

describe('fix: true in a sweep (the bundled Action)', () => {
  it('leaves the repaired README in the workspace, keeps its mode, and names it in fixed-files', async () => {
    const workspace = workspaceWith({ 'README.md': broken() });
    chmodSync(join(workspace, 'README.md'), 0o640);
    const run = await sweep(workspace, { fix: 'true', 'fail-on': 'error' });
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(repaired());
    expect(statSync(join(workspace, 'README.md')).mode & 0o777).toBe(0o640);
    expect(run.outputs['fixed-files']).toBe('README.md');
    // The findings are those of the repaired list: nothing is left, the step passes.
    expect(run.code).toBe(0);
    expect(run.outputs.errors).toBe('0');
    expect(run.summary).toContain('`fix` repaired README.md: the findings are those of the repaired file.');
    expect(run.stdout).toContain('Repaired and wrote: README.md.');
    // Nothing but the list is in the workspace (no temporary file left behind).
    expect(readdirSync(workspace)).toEqual(['README.md']);
    const second = await sweep(workspace, { fix: 'true' });
    expect(second.outputs['fixed-files']).toBe('');
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(repaired());
  });

  it('fix: false (the default) leaves the list untouched and fixed-files empty', async () => {
    for (const inputs of [{ fix: 'false' }, {}] as Array<Record<string, string>>) {
      const workspace = workspaceWith({ 'README.md': broken() });
      const run = await sweep(workspace, { ...inputs, 'fail-on': 'error' });
      expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(broken());
      expect(run.outputs['fixed-files'] ?? '').toBe('');
      expect(run.code).toBe(1);
      expect(Number(run.outputs.errors) + Number(run.outputs.warnings)).toBe(2);
    }
  });

  it('names every repaired file of several, in the order of files, and only those', async () => {
    const workspace = workspaceWith({ 'a.md': broken(), 'clean.md': repaired(), 'b.md': list(missingPipe) });
    const run = await sweep(workspace, { fix: 'true', files: 'b.md\nclean.md\na.md' });
    expect(run.outputs['fixed-files']).toBe('b.md\na.md');
    expect(readFileSync(join(workspace, 'b.md'), 'utf8')).toBe(list(`| ${missingPipe}`));
    expect(readFileSync(join(workspace, 'clean.md'), 'utf8')).toBe(repaired());
  });

  it('a symlinked list that leads out of the workspace is refused in one line, its target never written', async () => {
    const away = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    writeFileSync(join(away, 'list.md'), broken());
    const workspace = workspaceWith({});
    symlinkSync(join(away, 'list.md'), join(workspace, 'README.md'));
    const run = await sweep(workspace, { fix: 'true' });
    expect(run.code).toBe(1);
    expect(commands(run.stdout).at(-1)).toBe(`::error::input 'files': README.md leads outside the workspace (to ${join(realpathSync(away), 'list.md')})`);
    expect(readFileSync(join(away, 'list.md'), 'utf8')).toBe(broken());
    expect(run.outputs['fixed-files']).toBeUndefined();
  });

  it('a symlinked list inside the workspace: its target is repaired, the link stays a link, fixed-files names the target', async () => {
    const workspace = workspaceWith({ 'papers.md': broken() });
    symlinkSync('papers.md', join(workspace, 'README.md'));
    const run = await sweep(workspace, { fix: 'true' });
    expect(lstatSync(join(workspace, 'README.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(workspace, 'papers.md'), 'utf8')).toBe(repaired());
    expect(run.outputs['fixed-files']).toBe('papers.md');
  });

  it('a read-only list is not written: one line says why, the step fails, fixed-files is empty', async () => {
    const workspace = workspaceWith({ 'README.md': broken() });
    chmodSync(join(workspace, 'README.md'), 0o444);
    const run = await sweep(workspace, { fix: 'true' });
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe(broken());
    expect(run.outputs['fixed-files']).toBe('');
    expect(run.code).toBe(1);
    expect(commands(run.stdout)).toContain(
      "::error::input 'fix': cannot write README.md: it is read-only (mode 0444); make it writable (chmod u+w) to let lint-list change it",
    );
    expect(commands(run.stdout).at(-1)).toBe('::error::lint-list could not write 1 repaired file (see above).');
  });

  it('in a pull request, fix: true is a one-line input error and nothing is written', async () => {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': broken() });
    const event = { action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: repo.base, ref: 'main' }, head: { sha: repo.head, ref: 'contribution' } } };
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, inputs: { token: 'ghs_x', links: 'none', fix: 'true' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(commands(run.stdout).filter((line) => !line.startsWith('::add-mask::'))).toEqual([
      "::error::input 'fix': 'true' works in sweep mode only (this run is in pr mode); in a pull request, review suggestions offer the repairs",
    ]);
    expect(readFileSync(join(repo.dir, 'README.md'), 'utf8')).toBe(broken());
    expect(api.calls).toEqual([]);
  });

  it('with links checked: the permanent redirect is repaired too, and the tracking issue (the report) says what fix repaired', async () => {
    const server = await startServer('127.0.0.1', (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/moved') {
        res.writeHead(301, { location: '/new-home' });
        res.end();
      } else send(res, path.startsWith('/dead') ? 404 : 200);
    });
    try {
      // Every link on the loopback server: nothing leaves the machine.
      const text = [
        '# Papers',
        '',
        '| Title | Venue |',
        '|---|---|',
        ...['One', 'Two', 'Three'].map((n) => `| [Habit ${n}](${server.url(`/habit-${n}`)}) | ICML 2020 |`),
        `[Missing Pipe Paper](${server.url('/missing-pipe')}) | ICLR 2024 |`,
        `| [Moved Paper](${server.url('/moved')}) | ICML 2023 |`,
        `| [Gone Paper](${server.url('/dead')}) | ICML 2023 |`,
        '',
      ].join('\n');
      const workspace = workspaceWith({ 'README.md': text, '.lint-list.json': JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'] } }) });
      const run = await sweep(workspace, { fix: 'true', links: 'all', 'issue-label': 'lint-list' });
      expect(run.outputs['fixed-files']).toBe('README.md');
      const written = readFileSync(join(workspace, 'README.md'), 'utf8');
      expect(written).toContain(`| [Missing Pipe Paper](${server.url('/missing-pipe')}) | ICLR 2024 |`);
      expect(written).toContain(`| [Moved Paper](${server.url('/new-home')}) | ICML 2023 |`);
      // The dead link keeps the tracking issue open; its body is the report, which says what fix did.
      const report = readFileSync(run.outputs.report as string, 'utf8');
      expect(report).toContain('`fix` repaired README.md (formatting repairs and permanent redirects).');
      expect(api.issues).toHaveLength(1);
      expect(api.issues[0]?.body).toBe(report);
      expect(report).toContain(server.url('/dead'));
    } finally {
      await server.close();
    }
  });
});

describe('writeRepairedLists', () => {
  const outcome = (path: string, text: string, fixed: string): FileOutcome => ({ path, messages: [], text, fixed });

  it('writes what changed, keeps the mode, and leaves the rest alone', async () => {
    const workspace = workspaceWith({ 'a.md': 'a\n', 'b.md': 'b\n' });
    chmodSync(join(workspace, 'a.md'), 0o600);
    const lists = await Promise.all(['a.md', 'b.md'].map(async (path) => ({ path, expected: (await readWithSnapshot(join(workspace, path))).expected })));
    const result = await writeRepairedLists(workspace, lists, [outcome('a.md', 'a\n', 'A\n'), outcome('b.md', 'b\n', 'b\n')]);
    expect(result).toEqual({ written: ['a.md'], refused: [] });
    expect(readFileSync(join(workspace, 'a.md'), 'utf8')).toBe('A\n');
    expect(statSync(join(workspace, 'a.md')).mode & 0o777).toBe(0o600);
  });

  it('a list swapped for a symlink out of the workspace after it was read is refused; nothing is written outside', async () => {
    const workspace = workspaceWith({ 'README.md': 'old\n' });
    const away = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    writeFileSync(join(away, 'victim.md'), 'untouched\n');
    const { expected } = await readWithSnapshot(join(workspace, 'README.md'));
    rmSync(join(workspace, 'README.md'));
    symlinkSync(join(away, 'victim.md'), join(workspace, 'README.md'));
    const result = await writeRepairedLists(workspace, [{ path: 'README.md', expected }], [outcome('README.md', 'old\n', 'new\n')]);
    expect(result.written).toEqual([]);
    expect(result.refused).toEqual([`input 'files': README.md leads outside the workspace (to ${join(realpathSync(away), 'victim.md')})`]);
    expect(readFileSync(join(away, 'victim.md'), 'utf8')).toBe('untouched\n');
  });

  it('a list edited after it was read is not overwritten', async () => {
    const workspace = workspaceWith({ 'README.md': 'old\n' });
    const { expected } = await readWithSnapshot(join(workspace, 'README.md'));
    writeFileSync(join(workspace, 'README.md'), 'edited meanwhile\n');
    const result = await writeRepairedLists(workspace, [{ path: 'README.md', expected }], [outcome('README.md', 'old\n', 'new\n')]);
    expect(result.refused).toEqual(["input 'fix': README.md changed while lint-list was working (its size changed); nothing was written: run again"]);
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toBe('edited meanwhile\n');
  });

  it('a list named twice is written once', async () => {
    const workspace = workspaceWith({ 'README.md': 'old\n' });
    const { expected } = await readWithSnapshot(join(workspace, 'README.md'));
    const result = await writeRepairedLists(
      workspace,
      [{ path: 'README.md', expected }, { path: './README.md', expected }],
      [outcome('README.md', 'old\n', 'new\n'), outcome('./README.md', 'old\n', 'new\n')],
    );
    expect(result).toEqual({ written: ['README.md'], refused: [] });
    expect(existsSync(join(workspace, 'README.md'))).toBe(true);
  });
});

describe('the venues and links fix wrote, and the rows the sweep report lists', () => {
  const header = ['# Papers', '', '| Title | Venue |', '|---|---|'];
  const before = [...header, '| [Git Re-Basin](https://arxiv.org/abs/2209.04836) | arXiv |', '| [Deep Sets](https://arxiv.org/abs/1703.06114) | N/A |', '| Lost Paper | ICML 2020 |', ''].join('\n');
  const after = before.replace('| arXiv |', '| ICLR 2023 |');
  const outdated: Finding = {
    ruleId: 'venue-outdated',
    severity: 'warning',
    line: 5,
    column: 55,
    endLine: 5,
    endColumn: 60,
    message: "Venue says 'arXiv', but the paper appeared at ICLR 2023 (DBLP).",
    fix: [{ offset: 0, length: 0, text: '' }],
    suggestion: { text: 'ICLR 2023', source: 'dblp', url: 'https://dblp.org/rec/conf/iclr/AinsworthHS23' },
  };
  const weakVenue: Finding = {
    ruleId: 'missing-venue',
    severity: 'error',
    line: 6,
    column: 52,
    endLine: 6,
    endColumn: 55,
    message: "Venue is 'N/A': possibly NeurIPS 2017 (DBLP).",
    suggestion: { text: 'NeurIPS 2017', source: 'dblp' },
  };
  const weakLink: Finding = {
    ruleId: 'missing-link',
    severity: 'warning',
    line: 7,
    column: 3,
    endLine: 7,
    endColumn: 13,
    message: "'Lost Paper' has no link: arXiv 2001.01234 has this exact title.",
    suggestion: { text: 'https://arxiv.org/abs/2001.01234', source: 'arxiv', url: 'https://arxiv.org/abs/2001.01234' },
  };
  const plain: Finding = { ...weakVenue, ruleId: 'venue-format', suggestion: undefined };

  it('records a repaired finding with a suggestion when its row changed to hold it and it is gone from the repaired text', () => {
    const recorder = suggestionRecorder();
    for (const finding of [outdated, weakVenue, plain]) expect(recorder.select(finding)).toBe(true);
    const files: FileOutcome[] = [
      { path: 'other.md', text: before, fixed: before, messages: [] },
      { path: 'README.md', text: before, fixed: after, messages: [weakVenue, weakLink] },
    ];
    expect(recorder.written(files)).toEqual([{ path: 'README.md', line: 5, ruleId: 'venue-outdated', message: outdated.message, suggestion: outdated.suggestion }]);
    // Still among the findings of the repaired text: not written.
    expect(recorder.written([{ path: 'README.md', text: before, fixed: after, messages: [outdated] }])).toEqual([]);
  });

  it('reads each row its title and venue from the list the findings are of', async () => {
    const recorder = suggestionRecorder();
    recorder.select(outdated);
    const files: FileOutcome[] = [{ path: 'README.md', text: before, fixed: after, messages: [weakVenue, weakLink, plain] }];
    const found = await sweepFindingsOf(files, defaultConfig(), { files: ['README.md'], written: recorder.written(files) });
    expect(found).toEqual({
      outdated: [],
      found: [
        { path: 'README.md', line: 6, ruleId: 'missing-venue', title: 'Deep Sets', venue: 'N/A', suggestion: weakVenue.suggestion, message: weakVenue.message, strong: false },
        { path: 'README.md', line: 7, ruleId: 'missing-link', title: 'Lost Paper', venue: 'ICML 2020', suggestion: weakLink.suggestion, message: weakLink.message, strong: false },
      ],
      repairs: {
        files: ['README.md'],
        written: [{ path: 'README.md', line: 5, ruleId: 'venue-outdated', title: 'Git Re-Basin', venue: 'ICLR 2023', suggestion: outdated.suggestion, message: outdated.message, strong: true }],
      },
    });
    // Without fix: the outdated venue is listed as it stands, strong since it carries a repair.
    const unfixed = await sweepFindingsOf([{ path: 'README.md', text: before, fixed: before, messages: [outdated] }], defaultConfig());
    expect(unfixed).toEqual({
      outdated: [{ path: 'README.md', line: 5, ruleId: 'venue-outdated', title: 'Git Re-Basin', venue: 'arXiv', suggestion: outdated.suggestion, message: outdated.message, strong: true }],
      found: [],
    });
  });
});

describe('action.yml', () => {
  it('declares the fix input (false unless set) and the fixed-files output', () => {
    const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    expect(yml).toMatch(/\n {2}fix:\n {4}description: '[^\n]*'\n {4}required: false\n {4}default: 'false'\n/);
    expect(yml).toMatch(/\noutputs:\n[^]*\n {2}fixed-files:\n {4}description: '[^\n]*one per line; empty when nothing changed\.'\n/);
  });
});
