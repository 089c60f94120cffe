import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * Errors on the real lists of ../shared/fixtures/wild, judged one by one as each list's maintainer
 * would (test/fixtures/wild-judged.json: file, line, rule, real or not, why). A judged false error
 * must not come back, a judged real one must not disappear; a real one the cross-listing policy
 * reports as a warning (`"severity": "warning"`) must stay a finding. duplicate-title and
 * duplicate-link count as one family: a repeated row is reported by one of the two.
 */
interface Judged {
  file: string;
  line: number;
  rule: string;
  real: boolean;
  why: string;
  severity?: 'warning';
}

const wild = `${repoRoot}../shared/fixtures/wild/`;
const judged = JSON.parse(readFileSync(`${repoRoot}test/fixtures/wild-judged.json`, 'utf8')) as Judged[];
const family = (rule: string) => (rule === 'duplicate-link' ? 'duplicate-title' : rule);
const files = [...new Set(judged.map((entry) => entry.file))].sort();

describe('judged errors on the wild lists', () => {
  it('the sample covers real and false errors of every list that had errors', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(judged.filter((entry) => entry.real).length).toBeGreaterThanOrEqual(150);
    expect(judged.filter((entry) => !entry.real).length).toBeGreaterThanOrEqual(130);
  });

  it.each(files)('%s', (file) => {
    const messages = lintText(file, readFileSync(`${wild}${file}`, 'utf8')).messages;
    const found = (entry: Judged, severity?: string) =>
      messages.some((m) => m.line === entry.line && family(m.ruleId) === family(entry.rule) && (severity === undefined || m.severity === severity));
    const problems = judged
      .filter((entry) => entry.file === file)
      .flatMap((entry) => {
        if (entry.real && entry.severity === 'warning') return found(entry) ? [] : [`real finding gone: ${entry.line} ${entry.rule} — ${entry.why}`];
        if (entry.real) return found(entry, 'error') ? [] : [`real error gone: ${entry.line} ${entry.rule} — ${entry.why}`];
        return found(entry, 'error') ? [`false error back: ${entry.line} ${entry.rule} — ${entry.why}`] : [];
      });
    expect(problems).toEqual([]);
  });

  it('precision over the judged sample is at least 0.9', () => {
    let real = 0;
    let wrong = 0;
    for (const file of files) {
      const errors = lintText(file, readFileSync(`${wild}${file}`, 'utf8')).messages.filter((m) => m.severity === 'error');
      for (const entry of judged.filter((e) => e.file === file)) {
        if (!errors.some((m) => m.line === entry.line && family(m.ruleId) === family(entry.rule))) continue;
        if (entry.real) real += 1;
        else wrong += 1;
      }
    }
    expect(real / (real + wrong)).toBeGreaterThanOrEqual(0.9);
  });
});
