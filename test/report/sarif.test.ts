import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { repositoryUrl, version } from '../../src/meta.js';
import { artifactLocationOf, formatSarif, pascalCase } from '../../src/report/sarif.js';
import { rules as allRules } from '../../src/rules/index.js';
import type { FileResult, Finding } from '../../src/rules/types.js';
import type { SarifRule as RuleMeta } from '../../src/report/sarif.js';

const finding = (ruleId: string, severity: Finding['severity'], line: number, column: number, endLine: number, endColumn: number, message: string): Finding =>
  ({ ruleId, severity, line, column, endLine, endColumn, message });

const rule = (id: string, description: string, defaultSeverity: RuleMeta['defaultSeverity']): RuleMeta =>
  ({ id, defaultSeverity, meta: { description, docs: `https://example.org/docs#${id}`, fixable: false, kind: 'style', needs: [] } });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInteger = (value: Json | undefined, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;
const isAbsoluteUri = (value: Json | undefined) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);

/** Property names the SARIF 2.1.0 schema allows on the objects we write (its objects forbid others). */
const allowedKeys: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  driver: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
  rule: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
};

/**
 * The checks of the SARIF 2.1.0 schema and of GitHub's upload (upload-sarif validates against the
 * schema, then maps rules by `ruleIndex`/`ruleId` and locations by URI and region) that apply to what
 * we write. Returns the problems found; none means the log is fit to upload.
 */
function sarifProblems(text: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const keys = (object: JsonObject, kind: string, where: string) => {
    for (const key of Object.keys(object)) need(allowedKeys[kind]?.includes(key) === true, `${where}: unknown property ${key}`);
  };
  const log = JSON.parse(text) as Json;
  if (!isObject(log)) return ['the log is not an object'];
  keys(log, 'log', 'log');
  need(log.version === '2.1.0', 'version is not 2.1.0');
  need(typeof log.$schema === 'string' && isAbsoluteUri(log.$schema), '$schema is not a URI');
  const runs = log.runs;
  if (!Array.isArray(runs) || runs.length < 1 || runs.length > 20) return [...problems, 'runs: 1 to 20 runs'];
  runs.forEach((run, r) => {
    if (!isObject(run)) return void problems.push(`runs[${r}] is not an object`);
    keys(run, 'run', `runs[${r}]`);
    need(run.columnKind === undefined || run.columnKind === 'utf16CodeUnits' || run.columnKind === 'unicodeCodePoints', 'columnKind');
    const driver = isObject(run.tool) ? run.tool.driver : undefined;
    if (!isObject(driver)) return void problems.push(`runs[${r}].tool.driver is missing`);
    keys(driver, 'driver', 'driver');
    need(typeof driver.name === 'string' && driver.name !== '', 'driver.name');
    need(driver.informationUri === undefined || isAbsoluteUri(driver.informationUri), 'driver.informationUri');
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    need(rules.length <= 25_000, 'at most 25,000 rules');
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      if (!isObject(rule)) return void problems.push(`rules[${i}] is not an object`);
      keys(rule, 'rule', `rules[${i}]`);
      need(typeof rule.id === 'string' && rule.id !== '', `rules[${i}].id`);
      need(!ids.has(String(rule.id)), `rules[${i}].id is not unique`);
      ids.add(String(rule.id));
      need(isObject(rule.shortDescription) && typeof rule.shortDescription.text === 'string' && rule.shortDescription.text !== '', `rules[${i}].shortDescription.text`);
      need(rule.helpUri === undefined || isAbsoluteUri(rule.helpUri), `rules[${i}].helpUri`);
      const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      need(level === undefined || ['none', 'note', 'warning', 'error'].includes(String(level)), `rules[${i}].defaultConfiguration.level`);
    });
    const results = run.results;
    if (!Array.isArray(results)) return void problems.push(`runs[${r}].results is not an array`);
    need(results.length <= 25_000, 'at most 25,000 results per run');
    results.forEach((result, i) => {
      const at = `results[${i}]`;
      if (!isObject(result)) return void problems.push(`${at} is not an object`);
      keys(result, 'result', at);
      need(typeof result.ruleId === 'string' && result.ruleId !== '', `${at}.ruleId`);
      if (result.ruleIndex !== undefined) {
        const target = isInteger(result.ruleIndex, 0) ? rules[result.ruleIndex] : undefined;
        need(isObject(target) && target.id === result.ruleId, `${at}.ruleIndex does not point at rule ${String(result.ruleId)}`);
      }
      need(['none', 'note', 'warning', 'error'].includes(String(result.level)), `${at}.level`);
      need(isObject(result.message) && typeof result.message.text === 'string' && result.message.text !== '', `${at}.message.text`);
      const locations = result.locations;
      if (!Array.isArray(locations) || locations.length < 1 || locations.length > 1000) return void problems.push(`${at}.locations: 1 to 1000`);
      const physical = isObject(locations[0]) ? locations[0].physicalLocation : undefined;
      const artifact = isObject(physical) ? physical.artifactLocation : undefined;
      const region = isObject(physical) ? physical.region : undefined;
      if (!isObject(artifact) || !isObject(region)) return void problems.push(`${at}: no artifactLocation or region`);
      const uri = artifact.uri;
      need(typeof uri === 'string' && uri !== '' && !/[\s\\#?]/.test(uri) && URL.canParse(uri, 'file:///repo/'), `${at}.uri is not a URI reference`);
      if (artifact.uriBaseId !== undefined) need(!isAbsoluteUri(uri), `${at}: a uriBaseId with an absolute uri`);
      else need(isAbsoluteUri(uri), `${at}: a relative uri without uriBaseId`);
      keys(region, 'region', `${at}.region`);
      const { startLine, startColumn, endLine, endColumn } = region;
      need(isInteger(startLine, 1), `${at}.startLine ≥ 1`);
      need(isInteger(startColumn, 1), `${at}.startColumn ≥ 1`);
      need(isInteger(endLine, 1) && endLine >= Number(startLine), `${at}.endLine ≥ startLine`);
      need(isInteger(endColumn, 1), `${at}.endColumn ≥ 1`);
      if (endLine === startLine) need(Number(endColumn) >= Number(startColumn), `${at}.endColumn ≥ startColumn on one line`);
    });
  });
  return problems;
}

const rules = [rule('row-format', 'Rows keep the shape of their header.', 'error'), rule('missing-link', 'Every paper links to where it can be read.', 'warning')];

describe('formatSarif', () => {
  it('writes one run with every rule and one result per finding, in file and message order', () => {
    const files: FileResult[] = [
      { path: 'README.md', messages: [finding('row-format', 'error', 3, 1, 3, 2, 'Row has no leading \'|\'.'), finding('missing-link', 'warning', 7, 3, 8, 1, 'No link.')] },
      { path: './docs/list.md', messages: [finding('missing-link', 'error', 2, 5, 2, 9, 'No link here either.')] },
      { path: 'clean.md', messages: [] },
    ];
    const text = formatSarif(files, rules);
    const location = (uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => [
      { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine, startColumn, endLine, endColumn } } },
    ];
    expect(JSON.parse(text)).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'lint-list',
              version,
              informationUri: repositoryUrl,
              rules: [
                {
                  id: 'row-format',
                  name: 'RowFormat',
                  shortDescription: { text: 'Rows keep the shape of their header.' },
                  helpUri: 'https://example.org/docs#row-format',
                  defaultConfiguration: { level: 'error' },
                },
                {
                  id: 'missing-link',
                  name: 'MissingLink',
                  shortDescription: { text: 'Every paper links to where it can be read.' },
                  helpUri: 'https://example.org/docs#missing-link',
                  defaultConfiguration: { level: 'warning' },
                },
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            { ruleId: 'row-format', ruleIndex: 0, level: 'error', message: { text: 'Row has no leading \'|\'.' }, locations: location('README.md', 3, 1, 3, 2) },
            { ruleId: 'missing-link', ruleIndex: 1, level: 'warning', message: { text: 'No link.' }, locations: location('README.md', 7, 3, 8, 1) },
            { ruleId: 'missing-link', ruleIndex: 1, level: 'error', message: { text: 'No link here either.' }, locations: location('docs/list.md', 2, 5, 2, 9) },
          ],
        },
      ],
    });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(sarifProblems(text)).toEqual([]);
  });

  it('is deterministic, and fit to upload for a real list linted with every rule', () => {
    const path = 'examples/README.md';
    const source = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
    const result = lintText(path, source);
    expect(result.messages.length).toBeGreaterThan(5);
    const text = formatSarif([result], allRules);
    expect(formatSarif([lintText(path, source)], allRules)).toBe(text);
    expect(sarifProblems(text)).toEqual([]);
    const log = JSON.parse(text) as { runs: [{ tool: { driver: { rules: { id: string; name: string; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string }[] }] };
    const [run] = log.runs;
    expect(run.tool.driver.rules.map((r) => [r.id, r.name, r.defaultConfiguration.level])).toEqual(
      allRules.map((r) => [r.id, pascalCase(r.id), r.defaultSeverity]),
    );
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual(
      result.messages.map((m) => [m.ruleId, allRules.findIndex((r) => r.id === m.ruleId), m.severity]),
    );
  });

  it('names rules in PascalCase', () => {
    expect(allRules.map((r) => pascalCase(r.id))).toEqual(['RowFormat', 'DuplicateTitle', 'DuplicateLink', 'MissingVenue', 'LinkSyntax', 'MissingLink', 'VenueFormat', 'DeadLink', 'TitleMismatch', 'VenueOutdated', 'VenueMismatch']);
    expect(pascalCase('a--b_c9')).toBe('ABC9');
  });

  it('gives a finding of a rule it does not list no ruleIndex, and an empty report no results', () => {
    const text = formatSarif([{ path: 'README.md', messages: [finding('other-rule', 'warning', 1, 1, 1, 4, 'Something.')] }], rules);
    const [run] = (JSON.parse(text) as { runs: [{ results: object[] }] }).runs;
    expect(run.results).toEqual([
      {
        ruleId: 'other-rule',
        level: 'warning',
        message: { text: 'Something.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'README.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 } } }],
      },
    ]);
    expect(sarifProblems(text)).toEqual([]);
    const empty = formatSarif([], rules);
    expect((JSON.parse(empty) as { runs: [{ results: object[] }] }).runs[0].results).toEqual([]);
    expect(sarifProblems(empty)).toEqual([]);
  });

  it('keeps regions inside what SARIF allows: an empty region stays, impossible ones are clamped', () => {
    const files: FileResult[] = [
      {
        path: 'README.md',
        messages: [
          finding('row-format', 'error', 4, 9, 4, 9, 'Empty cell.'),
          finding('row-format', 'error', 0, 0, 0, 0, 'Nowhere.'),
          finding('row-format', 'error', 5, 7, 5, 3, 'Backwards.'),
          finding('row-format', 'error', 6, 7, 2, 1, 'Before its start.'),
        ],
      },
    ];
    const text = formatSarif(files, rules);
    expect(sarifProblems(text)).toEqual([]);
    const [run] = (JSON.parse(text) as { runs: [{ results: { locations: [{ physicalLocation: { region: object } }] }[] }] }).runs;
    expect(run.results.map((r) => r.locations[0].physicalLocation.region)).toEqual([
      { startLine: 4, startColumn: 9, endLine: 4, endColumn: 9 },
      { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      { startLine: 5, startColumn: 7, endLine: 5, endColumn: 7 },
      { startLine: 6, startColumn: 7, endLine: 6, endColumn: 7 },
    ]);
  });

  it('writes paths as URI references: relative ones against %SRCROOT%, absolute ones as file URIs', () => {
    const cases: Array<[string, { uri: string; uriBaseId?: string }]> = [
      ['README.md', { uri: 'README.md', uriBaseId: '%SRCROOT%' }],
      ['docs/papers.md', { uri: 'docs/papers.md', uriBaseId: '%SRCROOT%' }],
      ['./README.md', { uri: 'README.md', uriBaseId: '%SRCROOT%' }],
      ['../other/README.md', { uri: '../other/README.md', uriBaseId: '%SRCROOT%' }],
      ['docs\\windows.md', { uri: 'docs/windows.md', uriBaseId: '%SRCROOT%' }],
      ['my list #2?.md', { uri: 'my%20list%20%232%3F.md', uriBaseId: '%SRCROOT%' }],
      ['a:b/c.md', { uri: 'a%3Ab/c.md', uriBaseId: '%SRCROOT%' }],
      ['lists/ünï+co,de@1.md', { uri: 'lists/%C3%BCn%C3%AF+co,de@1.md', uriBaseId: '%SRCROOT%' }],
      ['/home/runner/work/list/README.md', { uri: 'file:///home/runner/work/list/README.md' }],
      ['C:\\work\\list\\READ ME.md', { uri: 'file:///C:/work/list/READ%20ME.md' }],
    ];
    expect(cases.map(([path]) => [path, artifactLocationOf(path)])).toEqual(cases);
    const files = cases.map(([path]) => ({ path, messages: [finding('row-format', 'error', 1, 1, 1, 2, 'x')] }));
    expect(sarifProblems(formatSarif(files, rules))).toEqual([]);
  });

  it('finds the problems it looks for, so its passing means something', () => {
    const text = formatSarif([{ path: 'README.md', messages: [finding('missing-link', 'warning', 2, 3, 2, 5, 'No link.')] }], rules);
    const broken = JSON.parse(text) as { runs: [{ results: [{ ruleIndex: number; level: string; locations: [{ physicalLocation: { artifactLocation: { uri: string }; region: { startColumn: number; endLine: number } } }] }] }] };
    const [result] = broken.runs[0].results;
    result.ruleIndex = 0;
    result.level = 'fatal';
    result.locations[0].physicalLocation.region.startColumn = 0;
    result.locations[0].physicalLocation.region.endLine = 1;
    result.locations[0].physicalLocation.artifactLocation.uri = 'docs\\README.md';
    expect(sarifProblems(JSON.stringify(broken))).toEqual([
      'results[0].ruleIndex does not point at rule missing-link',
      'results[0].level',
      'results[0].uri is not a URI reference',
      'results[0].startColumn ≥ 1',
      'results[0].endLine ≥ startLine',
    ]);
  });
});
