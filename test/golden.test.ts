import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { repoRoot, unirepsDir } from './helpers/paths.js';

// The JSON reports, byte for byte: recorded before the engine refactor (issue 10), which changed
// none of them, and again for issue 12 (line 57's pipe a warning, the duplicate-link advice). A change to
// what lint-list reports on these lists is deliberate: record the files again with the commands
// below and read the diff before committing it.
//   node dist/cli.js --format json examples/README.md > test/fixtures/golden/examples.json
//   (cd ../shared/fixtures/unireps && node …/dist/cli.js --format json README.md) > test/fixtures/golden/unireps.json
//   (cd ../shared/fixtures/unireps/history && node …/dist/cli.js --format json README.*.md) > test/fixtures/golden/history.json
const golden = (name: string) => readFileSync(`${repoRoot}test/fixtures/golden/${name}.json`, 'utf8');

describe('the JSON report is unchanged on the recorded lists', () => {
  it('examples/README.md', () => {
    expect(runCli(['--format', 'json', 'examples/README.md'], { cwd: repoRoot }).stdout).toBe(golden('examples'));
  });

  it('the UniReps list', () => {
    expect(runCli(['--format', 'json', 'README.md'], { cwd: unirepsDir }).stdout).toBe(golden('unireps'));
  });

  it('all 24 versions of its history', () => {
    const versions = readdirSync(`${unirepsDir}history`).filter((name) => name.endsWith('.md')).sort();
    expect(versions).toHaveLength(24);
    expect(runCli(['--format', 'json', ...versions], { cwd: `${unirepsDir}history` }).stdout).toBe(golden('history'));
  });
});
