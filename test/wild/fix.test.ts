import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import { repoRoot } from '../helpers/paths.js';

// --fix on every real list of ../shared/fixtures/wild (issue 12): only lines with fixable findings
// change, the line count stays, no row split over two lines is "finished" with pipes, and a second
// run changes nothing.
const wild = `${repoRoot}../shared/fixtures/wild/`;
const files = readdirSync(wild, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(`${wild}${entry.name}`).filter((name) => name.endsWith('.md')).map((name) => `${entry.name}/${name}`))
  .sort();

describe('--fix on the wild lists', () => {
  it.each(files)('%s', async (file) => {
    const original = readFileSync(`${wild}${file}`, 'utf8');
    const config = defaultConfig();
    const fixed = (await fixText(file, original, config)).text;
    expect((await fixText(file, fixed, config)).text).toBe(fixed);
    const before = original.split('\n');
    const after = fixed.split('\n');
    expect(after).toHaveLength(before.length);
    const findings = lintText(file, original, config).messages;
    const fixable = new Set(findings.filter((m) => m.fix).map((m) => m.line));
    const split = new Set(findings.filter((m) => m.message.startsWith('This row is split over lines')).flatMap((m) => [m.line, m.endLine]));
    for (const [i, line] of before.entries()) {
      if (line === after[i]) continue;
      expect(fixable.has(i + 1), `line ${i + 1} changed without a fixable finding`).toBe(true);
      expect(split.has(i + 1), `line ${i + 1} is half of a split row`).toBe(false);
    }
  });
});
