import { defaultColumnNames } from '../parse/columns.js';
import { rules } from '../rules/index.js';
import type { Config } from './config.js';

/**
 * The config of a list without `.lint-list.json`. Apart from config.ts, which reads the file (with
 * jsonc-parser, and re2js for `links.exclude`): a run without a config file never loads either,
 * which keeps a plain lint's memory near Node's own floor.
 */

export const configFileName = '.lint-list.json';

export function defaultConfig(): Config {
  return {
    columns: structuredClone(defaultColumnNames),
    links: { scope: 'tables', exclude: [], hosts: {}, acceptStatus: [], allowPrivateHosts: false },
    metadata: { sources: {} },
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: undefined, options: structuredClone(rule.defaultOptions) }])),
  };
}
