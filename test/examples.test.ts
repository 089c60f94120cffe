import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { runCli } from './helpers/cli.js';
import { repoRoot } from './helpers/paths.js';

describe('the bundled example list (the README main job)', () => {
  const run = runCli(['--format', 'json', 'examples/README.md'], { cwd: repoRoot });
  const report = JSON.parse(run.stdout) as { files: Array<{ messages: Array<{ ruleId: string; severity: string; line: number }> }> };
  const messages = report.files[0]?.messages ?? [];

  it('exits 1: it holds mistakes on purpose', () => {
    expect(run.code).toBe(1);
  });

  it('shows every rule at least once', () => {
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(rules.filter((r) => r.meta.needs.length === 0).map((r) => r.id)));
  });

  it('finds exactly the planted mistakes, and nothing in comments, code blocks or disabled ranges', () => {
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual([
      '15 row-format warning',
      '16 venue-format warning',
      '17 missing-venue error',
      '18 venue-format warning',
      '19 duplicate-title error',
      '26 link-syntax error',
      '27 link-syntax error',
      '28 duplicate-link error',
      '29 duplicate-title warning',
      '30 venue-format warning',
      '31 row-format error',
      '38 missing-link warning',
      '39 venue-mismatch warning',
      '41 row-format error',
      '67 row-format error',
    ]);
  });

  it('npm run lint-list shows the report and exits 0 (--exit-zero)', () => {
    const demo = runCli(['--exit-zero', 'examples/README.md'], { cwd: repoRoot });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/✖ 15 problems \(8 errors, 7 warnings\)\n$/);
  });
});
