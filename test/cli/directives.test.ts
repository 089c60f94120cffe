import { describe, expect, it } from 'vitest';
import { ruleIds, rules } from '../../src/rules/index.js';
import { folderWith, runCli } from '../helpers/cli.js';

interface Message { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }
const messagesOf = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ messages: Message[] }> }).files[0]?.messages ?? [];
const brief = (m: Message) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`;

const header = '# Papers\n\n| Title | Venue |\n|---|---|\n';

// Each case runs with both ways of reading a list: the line scan and remark.
describe.each([['the line scan', {}], ['remark', { LINT_LIST_PARSER: 'remark' }]])('inline comments (%s)', (_name, env) => {
  it('an unknown rule id in a lint-list-disable… comment is a warning at that id, with the likely rule', () => {
    const text = `${header}| [A](https://arxiv.org/abs/2101.00001) | N/A <!-- lint-list-disable-line missing-venu --> |\n\n<!-- lint-list-disable frobnicate, row-format -->\n`;
    const dir = folderWith({ 'README.md': text });
    const run = runCli(['--format', 'json'], { cwd: dir, env });
    const messages = messagesOf(run.stdout);
    expect(messages.map(brief)).toEqual(['5:43-5:91 error missing-venue', '5:75-5:87 warning inline-comment', '7:24-7:34 warning inline-comment']);
    expect(messages[1]?.message).toBe("Unknown rule 'missing-venu' in a lint-list-disable-line comment: it switches nothing off; did you mean 'missing-venue'?");
    expect(messages[2]?.message).toBe(`Unknown rule 'frobnicate' in a lint-list-disable comment: it switches nothing off; rules are ${ruleIds.join(', ')}.`);
    expect(run.code).toBe(1);
    // A known id among unknown ones still works, and an unknown id alone is only a warning (exit 0).
    const warnOnly = runCli(['--format', 'json'], { cwd: folderWith({ 'README.md': `${header}| [A](https://arxiv.org/abs/2101.00001) | N/A <!-- lint-list-disable-line missing-venue, nope --> |\n` }), env });
    expect(messagesOf(warnOnly.stdout).map(brief)).toEqual(['5:90-5:94 warning inline-comment']);
    expect(warnOnly.code).toBe(0);
  });

  it('--report-unused-disable-directives reports, as errors, the comments that switch nothing off', () => {
    const text =
      header +
      '| [A](https://arxiv.org/abs/2101.00001) | N/A <!-- lint-list-disable-line missing-venue --> |\n' + // 5: used
      '| [B](https://arxiv.org/abs/2101.00002) | ICML 2021 <!-- lint-list-disable-line missing-venue --> |\n' + // 6: unused
      '| [C](https://arxiv.org/abs/2101.00003) | ICML 2021 <!-- lint-list-disable-line dead-link --> |\n' + // 7: dead-link not checked: not judged
      '\n<!-- lint-list-enable missing-link -->\n'; // 9: enables what was never disabled
    const dir = folderWith({ 'README.md': text });
    const plain = runCli(['--format', 'json'], { cwd: dir, env });
    expect(messagesOf(plain.stdout)).toEqual([]);
    expect(plain.code).toBe(0);
    const run = runCli(['--format', 'json', '--report-unused-disable-directives'], { cwd: dir, env });
    const messages = messagesOf(run.stdout);
    expect(messages.map(brief)).toEqual(['6:81-6:94 error inline-comment', '9:23-9:35 error inline-comment']);
    expect(messages.map((m) => m.message)).toEqual([
      'Unused lint-list-disable-line comment: no missing-venue problem is reported on its line; remove the comment.',
      'Unused lint-list-enable comment: missing-link is not disabled here; remove the comment.',
    ]);
    expect(run.code).toBe(1);
    const stylish = runCli(['--report-unused-disable-directives'], { cwd: dir, env });
    expect(stylish.stdout).toContain('  6:81  error    Unused lint-list-disable-line comment: no missing-venue problem is reported on its line; remove the comment.  inline-comment\n');
  });

  it('a comment naming no rule is judged only when every rule ran (dead-link needs --links, or is off)', () => {
    const text = `${header}| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |\n\n<!-- lint-list-disable -->\n`;
    // Rules that need facts from outside (dead-link: links) switched off: then every rule runs.
    const off = Object.fromEntries(rules.filter((rule) => rule.meta.needs.length > 0).map((rule) => [rule.id, 'off']));
    expect(Object.keys(off)).toContain('dead-link');
    const dir = folderWith({ 'README.md': text, 'off.json': JSON.stringify({ rules: off }) });
    expect(messagesOf(runCli(['--format', 'json', '--report-unused-disable-directives'], { cwd: dir, env }).stdout)).toEqual([]);
    const judged = runCli(['--format', 'json', '--report-unused-disable-directives', '--config', 'off.json'], { cwd: dir, env });
    expect(messagesOf(judged.stdout).map((m) => `${brief(m)} ${m.message}`)).toEqual([
      '7:1-7:27 error inline-comment Unused lint-list-disable comment: no problem is reported in the lines it covers; remove the comment.',
    ]);
  });
});
