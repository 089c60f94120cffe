import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../src/config/config.js';
import { ConfigError } from '../src/errors.js';
import { lintText } from '../src/engine/lint.js';

const list = `| Entry | Appeared In |\n|---|---|\n| [A Paper](https://arxiv.org/abs/2101.00001) | N/A |\n| Unlinked | TBD |\n| Unlinked | ICML 2020 |\n`;

describe('.lint-list.json', () => {
  it('an empty object is the defaults', () => {
    expect(parseConfig('{}', '.lint-list.json')).toEqual(defaultConfig());
  });

  it('column names are configurable: a table is a paper table only when its headers match', () => {
    expect(lintText('x.md', list).messages).toEqual([]);
    const config = parseConfig('{"columns": {"title": ["Entry"], "venue": ["Appeared In"]}}', '.lint-list.json');
    expect(lintText('x.md', list, config).messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual([
      '3 missing-venue error',
      '4 missing-link warning',
      '4 missing-venue error',
      '5 duplicate-title error',
      '5 missing-link warning',
    ]);
  });

  it('a severity string turns a rule off, or moves all its findings to that severity', () => {
    const columns = '"columns": {"title": ["Entry"], "venue": ["Appeared In"]}';
    const lintWith = (rules: string) =>
      lintText('x.md', list, parseConfig(`{${columns}, "rules": ${rules}}`, '.lint-list.json')).messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
    expect(lintWith('{"missing-venue": "off", "missing-link": "error", "duplicate-title": "warning"}')).toEqual([
      '4 missing-link error',
      '5 duplicate-title warning',
      '5 missing-link error',
    ]);
  });

  it('rule options: placeholders and duplicate scope', () => {
    const config = parseConfig(
      '{"columns": {"title": ["Entry"], "venue": ["Appeared In"]}, "rules": {"missing-venue": {"placeholders": ["TBD"]}, "duplicate-title": {"severity": "error", "scope": "table"}, "missing-link": "off"}}',
      '.lint-list.json',
    );
    expect(config.rules['missing-venue']?.options).toEqual({ placeholders: ['TBD'] });
    expect(config.rules['duplicate-title']).toEqual({ severity: 'error', options: { scope: 'table' } });
    expect(lintText('x.md', list, config).messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['4 missing-venue', '5 duplicate-title']);
  });

  const mistakes: Array<[string, string, string]> = [
    ['an unknown top-level key', '{\n  "rule": {}\n}', 'cfg.json:2:3: unknown key "rule"; the config knows "columns", "rules", "links" and "metadata"'],
    ['a misspelt severity', '{"rules": {"missing-venue": "warn"}}', 'cfg.json:1:29: severity of missing-venue must be "off", "warning" or "error", not "warn"'],
    ['an unknown option', '{"rules": {"duplicate-title": {"scop": "table"}}}', 'cfg.json:1:32: unknown option "scop" for duplicate-title; it takes "severity", "scope"'],
    ['a bad option value', '{"rules": {"duplicate-title": {"scope": "repo"}}}', 'cfg.json:1:41: duplicate-title.scope must be "file" or "table", not "repo"'],
    ['a number in a string list', '{"rules": {"missing-venue": {"placeholders": ["N/A", 0]}}}', 'cfg.json:1:54: missing-venue.placeholders must hold only strings'],
    ['an unknown column role', '{"columns": {"authors": ["Authors"]}}', 'cfg.json:1:14: unknown column role "authors"; roles are "title", "venue" and "link"'],
    ['a list that is not an object', '[]', 'cfg.json:1:1: the config must be a JSON object, e.g. {"rules": {"missing-venue": "warning"}}'],
    ['a comment (JSON has none)', '{ // no\n}', 'cfg.json:1:3: invalid JSON (InvalidCommentToken)'],
    ['a trailing comma', '{"rules": {},}', 'cfg.json:1:14: invalid JSON (PropertyNameExpected)'],
    ['an empty file', ' \n', 'cfg.json:1:1: the config is empty: write {} for the defaults, or e.g. {"rules": {"missing-venue": "warning"}}'],
  ];

  it.each(mistakes)('%s is a ConfigError naming file:line:column', (_name, text, message) => {
    expect(() => parseConfig(text, 'cfg.json')).toThrow(new ConfigError(message));
  });
});
