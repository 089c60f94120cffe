import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/paths.js';

// Issue 14: the weekly maintenance workflow is copy-paste ready — the file under examples/workflows/
// is the README's block, and it grants what create-pull-request and the sweep need, no more.

const file = readFileSync(join(repoRoot, 'examples/workflows/lint-list-maintenance.yml'), 'utf8');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

describe('examples/workflows/lint-list-maintenance.yml', () => {
  it('is the workflow the README shows', () => {
    expect(readme).toContain(`\`\`\`yaml\n${file}\`\`\``);
  });

  it('sweeps with metadata and fix, then opens one pull request from the repaired files and the report', () => {
    expect(file).toMatch(/^on:\n {2}schedule:\n {4}- cron: '[^']+'\n {2}workflow_dispatch:$/m);
    expect(file).toMatch(/^permissions:\n {2}contents: write.*\n {2}pull-requests: write.*\n {2}issues: write.*\n/m);
    expect(file).toMatch(/uses: lint-list\/lint-list@v1\n {8}id: lint\n {8}with:\n {10}mode: sweep\n/);
    expect(file).toContain('          metadata: all\n          fix: true\n');
    expect(file).toContain('uses: peter-evans/create-pull-request@v8');
    expect(file).toContain('          branch: lint-list/maintenance\n');
    expect(file).toContain('          add-paths: ${{ steps.lint.outputs.fixed-files }}\n');
    expect(file).toContain('          body-path: ${{ steps.lint.outputs.report }}\n');
    expect(file).not.toContain('pull_request');
  });
});
