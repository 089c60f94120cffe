import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';

/** A rule's fixture file, `test/fixtures/rules/<rule-id>/<name>`. */
export const ruleFixture = (ruleId: string, name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/rules/${ruleId}/${name}`, import.meta.url)), 'utf8');

/** One rule's findings on a text, reduced to the fields a person sees. */
export function ruleFindings(ruleId: string, text: string, config?: Config) {
  return lintText('README.md', text, config)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ ruleId: id, severity, line, column, endLine, endColumn, message }) => ({ ruleId: id, severity, line, column, endLine, endColumn, message }));
}
