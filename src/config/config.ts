import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type ColumnNames, defaultColumnNames } from '../parse/columns.js';
import { lineStartsOf, pointAt } from '../parse/position.js';
import { rules } from '../rules/index.js';
import type { OptionSpec, Severity } from '../rules/types.js';

export type SeveritySetting = 'off' | Severity;

export interface RuleSetting {
  /** Undefined keeps the rule's own severities. */
  severity: SeveritySetting | undefined;
  options: Record<string, unknown>;
}

export interface Config {
  columns: ColumnNames;
  rules: Record<string, RuleSetting>;
}

export const configFileName = '.lint-list.json';

/** A mistake in the config file, worded for the person who wrote it, with its place. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function defaultConfig(): Config {
  return {
    columns: structuredClone(defaultColumnNames),
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: undefined, options: structuredClone(rule.defaultOptions) }])),
  };
}

const severities = ['off', 'warning', 'error'];

/**
 * Reads `.lint-list.json` text. Unknown keys and bad values are errors naming file:line:column, so a
 * typo never silently switches a rule off.
 */
export function parseConfig(text: string, path: string): Config {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ''), errors, { disallowComments: true, allowTrailingComma: false });
  const lineStarts = lineStartsOf(text);
  const where = (offset: number) => {
    const point = pointAt(lineStarts, offset);
    return `${path}:${point.line}:${point.column}`;
  };
  const fail = (node: Node | undefined, message: string): never => {
    throw new ConfigError(`${where(node?.offset ?? 0)}: ${message}`);
  };
  if (text.trim() === '') throw new ConfigError(`${path}:1:1: the config is empty: write {} for the defaults, or e.g. {"rules": {"missing-venue": "warning"}}`);
  const firstError = errors[0];
  if (firstError) throw new ConfigError(`${where(firstError.offset)}: invalid JSON (${printParseErrorCode(firstError.error)})`);
  if (!root || root.type !== 'object') return fail(root, 'the config must be a JSON object, e.g. {"rules": {"missing-venue": "warning"}}');

  const config = defaultConfig();
  for (const [key, value] of properties(root)) {
    if (key.value === 'columns') readColumns(value, config, fail);
    else if (key.value === 'rules') readRules(value, config, fail);
    else if (key.value === '$schema') continue;
    else fail(key, `unknown key ${JSON.stringify(key.value)}; the config knows "columns" and "rules"`);
  }
  return config;
}

type Fail = (node: Node | undefined, message: string) => never;

function properties(object: Node): Array<[Node & { value: string }, Node]> {
  return (object.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    return [key as Node & { value: string }, value as Node];
  });
}

function stringList(node: Node, what: string, fail: Fail): string[] {
  if (node.type !== 'array') fail(node, `${what} must be a list of strings, e.g. ["Title", "Paper"]`);
  return (node.children ?? []).map((item) => {
    if (item.type !== 'string') fail(item, `${what} must hold only strings`);
    return item.value as string;
  });
}

function readColumns(node: Node, config: Config, fail: Fail): void {
  if (node.type !== 'object') fail(node, 'columns must be an object with "title", "venue" and "link" lists');
  for (const [key, value] of properties(node)) {
    if (key.value !== 'title' && key.value !== 'venue' && key.value !== 'link') {
      fail(key, `unknown column role ${JSON.stringify(key.value)}; roles are "title", "venue" and "link"`);
    }
    config.columns[key.value as keyof ColumnNames] = stringList(value, `columns.${key.value}`, fail);
  }
}

function readRules(node: Node, config: Config, fail: Fail): void {
  if (node.type !== 'object') fail(node, 'rules must be an object, e.g. {"missing-venue": "warning"}');
  for (const [key, value] of properties(node)) {
    const rule = rules.find((r) => r.id === key.value);
    if (!rule) fail(key, `unknown rule ${JSON.stringify(key.value)}; rules are ${rules.map((r) => r.id).join(', ')}`);
    const setting = config.rules[key.value] as RuleSetting;
    const readSeverity = (severityNode: Node) => {
      if (severityNode.type !== 'string' || !severities.includes(severityNode.value)) {
        fail(severityNode, `severity of ${key.value} must be "off", "warning" or "error", not ${JSON.stringify(severityNode.value)}`);
      }
      setting.severity = severityNode.value as SeveritySetting;
    };
    if (value.type === 'string') {
      readSeverity(value);
      continue;
    }
    if (value.type !== 'object') fail(value, `${key.value} takes a severity ("off", "warning", "error") or an object of options`);
    const specs = (rule?.optionSpecs ?? {}) as Record<string, OptionSpec>;
    for (const [optionKey, optionValue] of properties(value)) {
      if (optionKey.value === 'severity') {
        readSeverity(optionValue);
        continue;
      }
      const spec = specs[optionKey.value];
      if (!spec) {
        const known = ['severity', ...Object.keys(specs)].map((k) => `"${k}"`).join(', ');
        fail(optionKey, `unknown option ${JSON.stringify(optionKey.value)} for ${key.value}; it takes ${known}`);
      }
      setting.options[optionKey.value] = readOption(optionValue, spec as OptionSpec, `${key.value}.${optionKey.value}`, fail);
    }
  }
}

function readOption(node: Node, spec: OptionSpec, what: string, fail: Fail): unknown {
  if (spec.type === 'string-list') return stringList(node, what, fail);
  if (node.type !== 'string' || !spec.values.includes(node.value)) {
    fail(node, `${what} must be ${spec.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${JSON.stringify(node.value)}`);
  }
  return node.value;
}

