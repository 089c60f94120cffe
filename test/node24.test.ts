import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { node24Path } from './helpers/node24.js';
import { repoRoot, unirepsReadme } from './helpers/paths.js';

describe('the bundled CLI under Node 24 (what GitHub runs)', () => {
  let node24 = '';
  beforeAll(() => {
    node24 = node24Path();
  }, 200_000);

  it('gives the same report as under this Node', () => {
    for (const args of [['--format', 'json', unirepsReadme], ['examples/README.md']]) {
      const here = runCli(args, { cwd: repoRoot });
      const there = runCli(args, { cwd: repoRoot, node: node24 });
      expect(there).toEqual(here);
      expect(there.code).toBe(1);
    }
  });

  it('reports bad input the same way', () => {
    expect(runCli(['missing.md'], { cwd: repoRoot, node: node24 })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: cannot read missing.md: no such file\n',
    });
  });
});
