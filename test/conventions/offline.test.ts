import { describe, expect, it } from 'vitest';
import { folderWith, runCliAsync } from '../helpers/cli.js';

// Issue 12, class 10: with --links and no working DNS, every link used to be a dead-link error.
// Names under .invalid never resolve (RFC 6761), so this needs no network and reaches none.
describe('no network is no dead link (through the CLI)', () => {
  it('every host unresolvable: the links are unverified warnings, and one line says the network was unreachable', async () => {
    const list = '| Title | Venue |\n|---|---|\n| [A Paper](https://paper-one.invalid/a) | ICML 2021 |\n| [B Paper](https://paper-two.invalid/b) | ICML 2021 |\n';
    const run = await runCliAsync(['--links', '--format', 'json', '--retries', '0', 'README.md'], { cwd: folderWith({ 'README.md': list }) });
    const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number }; links: Array<{ verdict: string }> };
    expect(report.links.map((link) => link.verdict)).toEqual(['unverified', 'unverified']);
    expect(report.summary).toEqual({ errors: 0, warnings: 2 });
    expect(run.stderr).toMatch(/^lint-list: No link could be checked: every request to 2 hosts failed before reaching them \(unknown host paper-one\.invalid\)/);
    expect(run.code).toBe(0);
  });
});
