import { ConfigError } from '../errors.js';
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ColumnNames } from '../parse/columns.js';
import { lineStartsOf, pointAt } from '../parse/position.js';
import { maxTimerMs, type UrlPattern } from '../links/types.js';
import { rules } from '../rules/index.js';
import type { OptionSpec, Severity } from '../rules/types.js';
import { compileSafePattern } from './safe-pattern.js';

export type SeveritySetting = 'off' | Severity;

export interface RuleSetting {
  /** Undefined keeps the rule's own severities. */
  severity: SeveritySetting | undefined;
  options: Record<string, unknown>;
}

export interface HostSetting {
  concurrency?: number;
  /** Minimum time between two request starts to the host, in milliseconds. */
  interval?: number;
  headers?: Record<string, string>;
}

/** The `links` section: how `--links` checks. Unset numbers fall back to the flags, then the defaults. */
export interface LinksConfig {
  scope: 'tables' | 'all';
  /** Run on a linear-time engine (safe-pattern.ts): no pattern can stall a run. */
  exclude: UrlPattern[];
  hosts: Record<string, HostSetting>;
  acceptStatus: number[];
  allowPrivateHosts: boolean | string[];
  timeout?: number;
  retries?: number;
  concurrency?: number;
  hostConcurrency?: number;
  userAgent?: string;
  maxRetryAfter?: number;
  cacheMaxAge?: number;
  totalTimeout?: number;
}

/** One source's settings in the `metadata` section; `budget` is DBLP's only. */
export interface MetadataSourceConfig {
  url?: string;
  interval?: number;
  concurrency?: number;
  /** DBLP: title searches a run may send (0 to 10,000; 60 unless set). */
  budget?: number;
  /**
   * OpenReview: the v1 API, asked for ids the v2 API does not hold. With `url` set and this not,
   * the v1 API is not asked at all: a configured source is never widened to the public one.
   */
  v1Url?: string;
}

/** The `metadata` section: where `--metadata` asks about the papers, and how politely. */
export interface MetadataConfig {
  sources: Partial<Record<'arxiv' | 'crossref' | 'doi' | 'openreview' | 'dblp' | 'semanticScholar', MetadataSourceConfig>>;
  mailto?: string;
  timeout?: number;
}

export interface Config {
  columns: ColumnNames;
  rules: Record<string, RuleSetting>;
  links: LinksConfig;
  metadata: MetadataConfig;
}

import { defaultConfig } from './defaults.js';

export { configFileName, defaultConfig } from './defaults.js';

const severities = ['off', 'warning', 'error'];

/**
 * Reads `.lint-list.json` text. Unknown keys and bad values are errors naming file:line:column, so a
 * typo never silently switches a rule off.
 */
export function parseConfig(text: string, path: string): Config {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text.replace(/^\uFEFF/, ''), errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    // jsonc-parser recurses once per level: JSON nested thousands deep overflows the stack.
    if (error instanceof RangeError) throw new ConfigError(`${path}:1:1: the config is nested too deeply to be a lint-list config`);
    throw error;
  }
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
  for (const [key, value] of properties(root, fail)) {
    if (key.value === 'columns') readColumns(value, config, fail);
    else if (key.value === 'rules') readRules(value, config, fail);
    else if (key.value === 'links') readLinks(value, config.links, fail);
    else if (key.value === 'metadata') readMetadata(value, config.metadata, fail);
    else if (key.value === '$schema') continue;
    else fail(key, `unknown key ${JSON.stringify(key.value)}; the config knows "columns", "rules", "links" and "metadata"`);
  }
  return config;
}

type Fail = (node: Node | undefined, message: string) => never;

/** An object's keys and values; a key written twice is an error (JSON would silently keep the last). */
function properties(object: Node, fail: Fail): Array<[Node & { value: string }, Node]> {
  const seen = new Set<string>();
  return (object.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    const name = (key as Node).value as string;
    if (seen.has(name)) fail(key, `${JSON.stringify(name)} is written twice here: keep one`);
    seen.add(name);
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
  for (const [key, value] of properties(node, fail)) {
    if (key.value !== 'title' && key.value !== 'venue' && key.value !== 'link') {
      fail(key, `unknown column role ${JSON.stringify(key.value)}; roles are "title", "venue" and "link"`);
    }
    config.columns[key.value as keyof ColumnNames] = stringList(value, `columns.${key.value}`, fail);
  }
}

function readRules(node: Node, config: Config, fail: Fail): void {
  if (node.type !== 'object') fail(node, 'rules must be an object, e.g. {"missing-venue": "warning"}');
  for (const [key, value] of properties(node, fail)) {
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
    for (const [optionKey, optionValue] of properties(value, fail)) {
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


const linkNumbers = ['timeout', 'retries', 'concurrency', 'hostConcurrency', 'maxRetryAfter', 'cacheMaxAge', 'totalTimeout'] as const;
const linkKeys = ['scope', 'exclude', 'hosts', 'acceptStatus', 'allowPrivateHosts', 'userAgent', ...linkNumbers];

function readLinks(node: Node, links: LinksConfig, fail: Fail): void {
  if (node.type !== 'object') fail(node, 'links must be an object, e.g. {"exclude": ["^https://example\\.org/"]}');
  for (const [key, value] of properties(node, fail)) {
    const name = key.value;
    if ((linkNumbers as readonly string[]).includes(name)) {
      const minimum = name === 'retries' ? 0 : 1;
      // Times become Node timers, which overflow at 2^31 ms (about 24.8 days): every wait would end at once.
      const maximum = timeKeys.has(name) ? maxTimerMs : undefined;
      links[name as (typeof linkNumbers)[number]] = wholeNumber(value, `links.${name}`, minimum, fail, maximum);
    } else if (name === 'scope') {
      if (value.type !== 'string' || (value.value !== 'tables' && value.value !== 'all')) {
        fail(value, `links.scope must be "tables" or "all", not ${JSON.stringify(value.value)}`);
      }
      links.scope = value.value as LinksConfig['scope'];
    } else if (name === 'exclude') {
      links.exclude = stringList(value, 'links.exclude', fail).map((source, i) => pattern(source, value.children?.[i], fail));
    } else if (name === 'acceptStatus') {
      if (value.type !== 'array') fail(value, 'links.acceptStatus must be a list of HTTP status codes, e.g. [403]');
      links.acceptStatus = (value.children ?? []).map((item) => {
        const status = wholeNumber(item, 'links.acceptStatus', 100, fail);
        if (status > 599) fail(item, `links.acceptStatus holds ${status}, which is no HTTP status (100–599)`);
        return status;
      });
    } else if (name === 'allowPrivateHosts') {
      if (value.type === 'boolean') links.allowPrivateHosts = value.value as boolean;
      else if (value.type === 'array') links.allowPrivateHosts = stringList(value, 'links.allowPrivateHosts', fail);
      else fail(value, 'links.allowPrivateHosts must be true, false or a list of hosts, e.g. ["127.0.0.2"]');
    } else if (name === 'userAgent') {
      if (value.type !== 'string' || value.value === '') fail(value, 'links.userAgent must be a non-empty string');
      links.userAgent = headerValue(value, 'links.userAgent', fail);
    } else if (name === 'hosts') {
      links.hosts = readHosts(value, fail);
    } else {
      fail(key, `unknown key ${JSON.stringify(name)} in links; it takes ${linkKeys.map((k) => `"${k}"`).join(', ')}`);
    }
  }
}

const metadataSources = ['arxiv', 'crossref', 'doi', 'openreview', 'dblp', 'semanticScholar'] as const;
const sourceList = metadataSources.map((name) => `"${name}"`).join(', ');
/** The largest DBLP budget: 10,000 searches take at least 5.5 hours at DBLP's 2 s. */
const maxDblpBudget = 10_000;

function readMetadata(node: Node, metadata: MetadataConfig, fail: Fail): void {
  if (node.type !== 'object') fail(node, 'metadata must be an object, e.g. {"mailto": "you@example.org"}');
  for (const [key, value] of properties(node, fail)) {
    if (key.value === 'mailto') {
      if (value.type !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(value.value as string)) fail(value, 'metadata.mailto must be an e-mail address');
      metadata.mailto = value.value as string;
    } else if (key.value === 'timeout') {
      metadata.timeout = wholeNumber(value, 'metadata.timeout', 1, fail, maxTimerMs);
    } else if (key.value === 'sources') {
      if (value.type !== 'object') fail(value, `metadata.sources must be an object keyed by source: ${sourceList}`);
      for (const [source, settings] of properties(value, fail)) {
        const name = source.value as (typeof metadataSources)[number];
        if (!metadataSources.includes(name)) fail(source, `unknown source ${JSON.stringify(source.value)}; sources are ${sourceList}`);
        const takes = name === 'dblp' ? '"url", "interval", "concurrency", "budget"' : name === 'openreview' ? '"url", "v1Url", "interval", "concurrency"' : '"url", "interval", "concurrency"';
        if (settings.type !== 'object') fail(settings, `metadata.sources.${name} must be an object with ${takes.replace(/, (?=[^,]*$)/, ' or ')}`);
        const read: MetadataSourceConfig = {};
        for (const [option, optionValue] of properties(settings, fail)) {
          const where = `metadata.sources.${name}.${option.value}`;
          if (option.value === 'url') {
            if (optionValue.type !== 'string' || !/^https?:\/\/[^\s]+$/.test(optionValue.value as string)) fail(optionValue, `${where} must be an http(s) URL`);
            read.url = optionValue.value as string;
          } else if (option.value === 'v1Url' && name === 'openreview') {
            if (optionValue.type !== 'string' || !/^https?:\/\/[^\s]+$/.test(optionValue.value as string)) fail(optionValue, `${where} must be an http(s) URL`);
            read.v1Url = optionValue.value as string;
          } else if (option.value === 'interval') read.interval = wholeNumber(optionValue, where, 0, fail, maxTimerMs);
          else if (option.value === 'concurrency') read.concurrency = wholeNumber(optionValue, where, 1, fail);
          else if (option.value === 'budget' && name === 'dblp') read.budget = wholeNumber(optionValue, where, 0, fail, maxDblpBudget, 'searches');
          else if (option.value === 'key' && name === 'semanticScholar') {
            fail(option, `${where} is not read from the config: an API key does not belong in a committed file; set the S2_API_KEY environment variable (a secret in GitHub Actions)`);
          } else fail(option, `unknown key ${JSON.stringify(option.value)} in metadata.sources.${name}; it takes ${takes}`);
        }
        metadata.sources[name] = read;
      }
    } else {
      fail(key, `unknown key ${JSON.stringify(key.value)} in metadata; it takes "sources", "mailto", "timeout"`);
    }
  }
}

function readHosts(node: Node, fail: Fail): Record<string, HostSetting> {
  if (node.type !== 'object') fail(node, 'links.hosts must be an object keyed by host name, e.g. {"arxiv.org": {"interval": 1000}}');
  const hosts: Record<string, HostSetting> = {};
  for (const [key, value] of properties(node, fail)) {
    const where = `links.hosts.${key.value}`;
    if (value.type !== 'object') fail(value, `${where} must be an object with "concurrency", "interval" or "headers"`);
    const setting: HostSetting = {};
    for (const [optionKey, optionValue] of properties(value, fail)) {
      if (optionKey.value === 'concurrency' || optionKey.value === 'interval') {
        const option = optionKey.value as 'concurrency' | 'interval';
        setting[option] = wholeNumber(optionValue, `${where}.${option}`, option === 'interval' ? 0 : 1, fail, option === 'interval' ? maxTimerMs : undefined);
      } else if (optionKey.value === 'headers') {
        if (optionValue.type !== 'object') fail(optionValue, `${where}.headers must be an object of header names and values`);
        setting.headers = Object.fromEntries(
          properties(optionValue, fail).map(([header, value]) => {
            if (!httpToken.test(header.value)) fail(header, `${where}.headers holds ${JSON.stringify(header.value)}, which is no HTTP header name`);
            if (value.type !== 'string') fail(value, `${where}.headers.${header.value} must be a string`);
            return [header.value, headerValue(value, `${where}.headers.${header.value}`, fail)];
          }),
        );
      } else {
        fail(optionKey, `unknown key ${JSON.stringify(optionKey.value)} in ${where}; it takes "concurrency", "interval", "headers"`);
      }
    }
    hosts[key.value.toLowerCase()] = setting;
  }
  return hosts;
}

function wholeNumber(node: Node, what: string, minimum: number, fail: Fail, maximum?: number, unit = 'milliseconds'): number {
  if (node.type !== 'number' || !Number.isSafeInteger(node.value) || node.value < minimum) {
    fail(node, `${what} must be a whole number of at least ${minimum}, not ${JSON.stringify(node.value)}`);
  }
  if (maximum !== undefined && (node.value as number) > maximum) fail(node, `${what} must be at most ${maximum} (${unit}), not ${node.value}`);
  return node.value as number;
}

/** Milliseconds that become timers. */
const timeKeys = new Set(['timeout', 'maxRetryAfter', 'totalTimeout']);

/** RFC 9110's token: what a header name may hold. */
const httpToken = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header value goes on the wire as written: a line break in it would start another header. */
function headerValue(node: Node, what: string, fail: Fail): string {
  const value = node.value as string;
  if (/[\r\n\0]/.test(value)) fail(node, `${what} holds a line break or NUL, which would end the HTTP header: remove it`);
  return value;
}

function pattern(source: string, node: Node | undefined, fail: Fail): UrlPattern {
  const compiled = compileSafePattern(source);
  if ('error' in compiled) return fail(node, `links.exclude holds a pattern that cannot be used: ${compiled.error}`);
  return compiled;
}
