import { describe, expect, it } from 'vitest';
import { optionSpecs, unknownOption, usage } from '../../src/cli/args.js';
import { folderWith, runCli } from '../helpers/cli.js';

const list = '# Papers\n\n| Title | Venue |\n|---|---|\n| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | N/A |\n| Batch Normalization | ICML 2015 |\n';

describe('flags', () => {
  it('an unknown flag suggests the closest one', () => {
    const dir = folderWith({ 'README.md': list });
    expect(runCli(['--max-warning', '3'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: "lint-list: Unknown option '--max-warning': did you mean --max-warnings? (see lint-list --help)\n",
    });
    expect(runCli(['--frmat=json'], { cwd: dir }).stderr).toBe("lint-list: Unknown option '--frmat': did you mean --format? (see lint-list --help)\n");
    expect(runCli(['--report-unused-directives'], { cwd: dir }).stderr).toBe(
      "lint-list: Unknown option '--report-unused-directives': did you mean --report-unused-disable-directives? (see lint-list --help)\n",
    );
    expect(runCli(['--bogus'], { cwd: dir }).stderr).toBe("lint-list: Unknown option '--bogus' (see lint-list --help)\n");
    expect(runCli(['-x'], { cwd: dir }).stderr).toBe("lint-list: Unknown option '-x' (see lint-list --help)\n");
  });

  it('suggests by spelling, case and separators aside', () => {
    expect(unknownOption('--maxWarnings')).toContain('did you mean --max-warnings?');
    expect(unknownOption('--no-colour')).toContain('did you mean --no-color?');
    expect(unknownOption('--stdin-file-name')).toContain('did you mean --stdin-filename?');
    expect(unknownOption('--fx')).toContain('did you mean --fix?');
  });

  it('documents every option in --help, with its short form', () => {
    for (const [name, spec] of Object.entries(optionSpecs)) {
      const short = 'short' in spec ? `-${spec.short}, ` : '';
      expect(usage, name).toMatch(new RegExp(`^  ${short}--${name}\\b`, 'm'));
    }
    expect(runCli(['--help']).stdout).toBe(`${usage}\n`);
  });

  it('every short flag works as its long one', () => {
    const dir = folderWith({ 'README.md': list, 'cfg.json': '{"rules": {"missing-venue": "warning"}}' });
    const long = runCli(['--format', 'json', '--quiet', '--config', 'cfg.json'], { cwd: dir });
    const short = runCli(['-f', 'json', '-q', '-c', 'cfg.json'], { cwd: dir });
    expect(short).toEqual(long);
    expect(JSON.parse(short.stdout).summary).toEqual({ errors: 0, warnings: 0 });
    expect(runCli(['-h']).stdout).toBe(runCli(['--help']).stdout);
    expect(runCli(['-v'])).toEqual(runCli(['--version']));
  });
});

describe('times Node’s timers cannot hold (issue 11)', () => {
  it('--timeout of 2^31 ms or more is a one-line error, exit 2, before any request', () => {
    const dir = folderWith({ 'README.md': list });
    expect(runCli(['--links', '--timeout', '2147483648'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: --timeout must be at most 2147483647 (milliseconds), not 2147483648\n',
    });
    expect(runCli(['--links', '--timeout', '99999999999999999999'], { cwd: dir }).stderr).toBe(
      'lint-list: --timeout must be at most 2147483647 (milliseconds), not 99999999999999999999\n',
    );
  });
});
