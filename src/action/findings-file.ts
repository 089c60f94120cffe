import type { Config } from '../config/config.js';
import { lintFiles } from '../engine/index.js';
import { inlineCommentRuleId } from '../engine/lint.js';
import { applyFixes } from '../fix/apply.js';
import { version as toolVersion } from '../meta.js';
import { stripBom } from '../parse/build.js';
import { ruleIds } from '../rules/index.js';
import type { Finding, Severity } from '../rules/types.js';

/**
 * The findings file (schema `lint-list-findings`, version 1): what a pull request run found on the
 * lines the pull request changed, written as data for a second, trusted workflow that posts the
 * review. That workflow reads it as untrusted input: `parseFindingsFile` checks every field and
 * size, and nothing in it is ever run or used as a path to read.
 *
 * {
 *   "kind": "lint-list-findings",
 *   "version": 1,
 *   "tool": { "name": "lint-list", "version": "0.1.0" },
 *   "pullRequest": { "number": 7, "headSha": "<40 or 64 hex digits>" },
 *   "findings": [{
 *     "path": "README.md", "line": 9, "column": 1, "endLine": 9, "endColumn": 3,
 *     "ruleId": "row-format", "severity": "error", "message": "Row has no leading '|' …",
 *     "suggestion": {                       // only when the finding has a repair
 *       "startLine": 9, "endLine": 9,       // whole lines of the file, 1-based, inclusive
 *       "original": ["[A](u) | B |"],       // those lines as they are (no line endings)
 *       "replacement": ["| [A](u) | B |"]   // what replaces them
 *     }
 *   }]
 * }
 *
 * A replacement is what `lint-list --fix` makes of the lines a finding's `fix` edits touch: those
 * edits applied together with the edits of every other repairable finding on those lines, then the
 * further rounds `--fix` makes (a repair that had to wait for another one on the same line). So two
 * suggestions never replace the same line differently: findings sharing lines carry the same one.
 */

export const findingsKind = 'lint-list-findings';
export const findingsVersion = 1;

export interface Suggestion {
  startLine: number;
  endLine: number;
  original: string[];
  replacement: string[];
}

export interface FileFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
  suggestion?: Suggestion;
}

export interface FindingsFile {
  kind: typeof findingsKind;
  version: typeof findingsVersion;
  tool: { name: string; version: string };
  pullRequest: { number: number; headSha: string };
  findings: FileFinding[];
}

/** The findings file of a pull request run: `files` are the linted texts (BOM and all) with the findings reported. */
export async function buildFindingsFile(
  pullRequest: { number: number; headSha: string },
  files: Array<{ path: string; text: string; messages: Finding[] }>,
  config: Config,
): Promise<FindingsFile> {
  const findings: FileFinding[] = [];
  for (const file of files) {
    const suggestions = await suggestionsOf(file.path, stripBom(file.text), file.messages, config);
    for (const finding of file.messages) {
      const { ruleId, severity, line, column, endLine, endColumn } = finding;
      const suggestion = suggestions.get(finding);
      const message = finding.message.length > findingsLimits.messageChars ? `${finding.message.slice(0, findingsLimits.messageChars - 1)}…` : finding.message;
      findings.push({ path: file.path, line, column, endLine, endColumn, ruleId, severity, message, ...(suggestion && withinLimits(suggestion) && { suggestion }) });
    }
  }
  const file: FindingsFile = { kind: findingsKind, version: findingsVersion, tool: { name: 'lint-list', version: toolVersion }, pullRequest, findings: [] };
  // What review mode would refuse is left out here: the first findings that fit its limits are
  // kept (sizes as `serializeFindingsFile` writes them).
  let bytes = Buffer.byteLength(serializeFindingsFile(file));
  for (const finding of findings.slice(0, findingsLimits.findings)) {
    bytes += Buffer.byteLength(JSON.stringify(finding)) + 1;
    if (bytes > findingsLimits.bytes) break;
    file.findings.push(finding);
  }
  return file;
}

/** The file's text: compact JSON and a final newline. */
export const serializeFindingsFile = (file: FindingsFile) => `${JSON.stringify(file)}\n`;

const withinLimits = (suggestion: Suggestion) =>
  suggestion.endLine - suggestion.startLine < findingsLimits.suggestionLines &&
  suggestion.replacement.length <= findingsLimits.suggestionLines * 4 &&
  [...suggestion.original, ...suggestion.replacement].every((line) => line.length <= findingsLimits.lineChars && !/[\r\n]/.test(line));

/**
 * The suggestion of each repairable finding: findings whose edits touch overlapping lines form one
 * group, whose lines are replaced by what --fix makes of them. `text` is the text the fixes'
 * offsets point into (without a byte order mark). A file with lone CR line ends gets none: its line
 * numbers are not git's.
 */
async function suggestionsOf(path: string, text: string, findings: Finding[], config: Config): Promise<Map<Finding, Suggestion>> {
  const result = new Map<Finding, Suggestion>();
  if (/\r(?!\n)/.test(text)) return result;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lineEnd = (line: number) => (line < starts.length ? (starts[line] as number) - 1 : text.length);

  const fixable = findings
    .filter((f) => f.fix && f.fix.length > 0 && f.fix.every((e) => Number.isInteger(e.offset) && Number.isInteger(e.length) && e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length))
    .map((finding) => {
      const edits = finding.fix ?? [];
      const from = Math.min(...edits.map((e) => e.offset));
      const to = Math.max(...edits.map((e) => e.offset + e.length));
      return { finding, start: lineOf(from), end: lineOf(to) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const groups: Array<{ start: number; end: number; members: Finding[] }> = [];
  for (const item of fixable) {
    const last = groups.at(-1);
    if (last && item.start <= last.end) {
      last.end = Math.max(last.end, item.end);
      last.members.push(item.finding);
    } else groups.push({ start: item.start, end: item.end, members: [item.finding] });
  }
  if (groups.length === 0) return result;

  // --fix's first round: the reported findings' edits (link repairs included: their facts were
  // gathered by this run), first come first served; then its later rounds, which need no link
  // facts. Line numbers stay those of the text as long as no repair adds or removes a line.
  const taken = new Set(fixable.map((item) => item.finding));
  const firstRound = applyFixes(text, findings.filter((finding) => taken.has(finding))).text;
  const lineCount = (t: string) => t.split('\n').length;
  let repaired: string[] | undefined;
  if (lineCount(firstRound) === starts.length) {
    const rounds = (await lintFiles({ files: [{ path, text: firstRound }], config, fix: {} })).files[0]?.fixed ?? firstRound;
    repaired = (lineCount(rounds) === starts.length ? rounds : firstRound).split('\n');
  }

  const order = new Map(findings.map((finding, i) => [finding, i]));
  for (const group of groups) {
    const from = starts[group.start - 1] as number;
    const region = text.slice(from, lineEnd(group.end));
    // In the order the findings were given, as --fix takes them.
    const members = [...group.members].sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    const shifted = members.map((f) => ({ ...f, fix: (f.fix ?? []).map((e) => ({ ...e, offset: e.offset - from })) }));
    const replaced = repaired ? repaired.slice(group.start - 1, group.end).join('\n') : applyFixes(region, shifted).text;
    if (replaced === region) continue;
    const suggestion: Suggestion = {
      startLine: group.start,
      endLine: group.end,
      original: region.split('\n').map((line) => line.replace(/\r$/, '')),
      replacement: replaced.split('\n').map((line) => line.replace(/\r$/, '')),
    };
    for (const member of members) result.set(member, suggestion);
  }
  return result;
}

/** What review mode reads at most: bytes of the file, findings, and sizes within a finding. */
export const findingsLimits = {
  bytes: 1024 * 1024,
  findings: 1000,
  pathChars: 1024,
  messageChars: 2000,
  suggestionLines: 50,
  lineChars: 10_000,
  line: 10_000_000,
} as const;

/**
 * Reads a findings file that came from an untrusted run: every field checked, unknown keys refused,
 * sizes capped. The error is one line saying what is wrong (never echoing more than a short piece).
 */
export function parseFindingsFile(text: string): { file: FindingsFile } | { error: string } {
  if (text.length > findingsLimits.bytes) return { error: `it is larger than ${findingsLimits.bytes} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${(error as Error).message.slice(0, 100)})` };
  }
  try {
    return { file: checkFile(data) };
  } catch (error) {
    if (error instanceof SchemaError) return { error: error.message };
    throw error;
  }
}

class SchemaError extends Error {}

const fail = (where: string, what: string): never => {
  throw new SchemaError(`${where} ${what}`);
};

function object(value: unknown, where: string, keys: readonly string[], optional: readonly string[] = []): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(where, 'is not an object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!keys.includes(key) && !optional.includes(key)) fail(where, `has an unknown key '${key.slice(0, 40)}'`);
  for (const key of keys) if (!Object.hasOwn(record, key)) fail(where, `has no '${key}'`);
  return record;
}

function integer(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) return fail(where, `is not a whole number from ${min} to ${max}`);
  return value;
}

function string(value: unknown, where: string, maxChars: number): string {
  if (typeof value !== 'string') return fail(where, 'is not a string');
  if (value.length > maxChars) return fail(where, `is longer than ${maxChars} characters`);
  return value;
}

function lines(value: unknown, where: string, count: number | undefined): string[] {
  if (!Array.isArray(value)) return fail(where, 'is not a list of lines');
  if (value.length > findingsLimits.suggestionLines * 4 || (count !== undefined && value.length !== count)) fail(where, 'does not have the right number of lines');
  return value.map((line, i) => {
    const text = string(line, `${where}[${i}]`, findingsLimits.lineChars);
    if (/[\r\n]/.test(text)) fail(`${where}[${i}]`, 'holds a line break');
    return text;
  });
}

function checkFile(data: unknown): FindingsFile {
  const top = object(data, 'the file', ['kind', 'version', 'pullRequest', 'findings'], ['tool']);
  if (top.kind !== findingsKind) fail('the file', `is not a ${findingsKind} file`);
  if (top.version !== findingsVersion) fail('the file', `has version ${JSON.stringify(top.version)?.slice(0, 20)}; this lint-list reads version ${findingsVersion}`);
  const tool = top.tool === undefined ? undefined : object(top.tool, 'tool', ['name', 'version']);
  const pr = object(top.pullRequest, 'pullRequest', ['number', 'headSha']);
  const headSha = string(pr.headSha, 'pullRequest.headSha', 64);
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha)) fail('pullRequest.headSha', 'is not a commit SHA');
  if (!Array.isArray(top.findings)) fail('findings', 'is not a list');
  const raw = top.findings as unknown[];
  if (raw.length > findingsLimits.findings) fail('findings', `holds ${raw.length} entries; at most ${findingsLimits.findings} are read`);
  const findings = raw.map((entry, i) => checkFinding(entry, `findings[${i}]`));
  return {
    kind: findingsKind,
    version: findingsVersion,
    tool: { name: tool ? string(tool.name, 'tool.name', 100) : 'lint-list', version: tool ? string(tool.version, 'tool.version', 100) : '' },
    pullRequest: { number: integer(pr.number, 'pullRequest.number', 1, 2 ** 31), headSha },
    findings,
  };
}

function checkFinding(entry: unknown, where: string): FileFinding {
  const f = object(entry, where, ['path', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message'], ['suggestion']);
  const path = string(f.path, `${where}.path`, findingsLimits.pathChars);
  if (path === '' || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '.' || part === '') || /[\u0000-\u001f\u007f]/.test(path)) {
    fail(`${where}.path`, 'is not a relative path inside the repository');
  }
  const line = integer(f.line, `${where}.line`, 1, findingsLimits.line);
  const endLine = integer(f.endLine, `${where}.endLine`, line, findingsLimits.line);
  const ruleId = string(f.ruleId, `${where}.ruleId`, 100);
  if (!ruleIds.includes(ruleId) && ruleId !== inlineCommentRuleId) fail(`${where}.ruleId`, 'is not a lint-list rule');
  if (f.severity !== 'error' && f.severity !== 'warning') fail(`${where}.severity`, "is not 'error' or 'warning'");
  const finding: FileFinding = {
    path,
    line,
    column: integer(f.column, `${where}.column`, 1, findingsLimits.line),
    endLine,
    endColumn: integer(f.endColumn, `${where}.endColumn`, 1, findingsLimits.line),
    ruleId,
    severity: f.severity as Severity,
    message: string(f.message, `${where}.message`, findingsLimits.messageChars),
  };
  if (f.suggestion === undefined) return finding;
  const s = object(f.suggestion, `${where}.suggestion`, ['startLine', 'endLine', 'original', 'replacement']);
  const startLine = integer(s.startLine, `${where}.suggestion.startLine`, 1, findingsLimits.line);
  const last = integer(s.endLine, `${where}.suggestion.endLine`, startLine, startLine + findingsLimits.suggestionLines - 1);
  return {
    ...finding,
    suggestion: {
      startLine,
      endLine: last,
      original: lines(s.original, `${where}.suggestion.original`, last - startLine + 1),
      replacement: lines(s.replacement, `${where}.suggestion.replacement`, undefined),
    },
  };
}
